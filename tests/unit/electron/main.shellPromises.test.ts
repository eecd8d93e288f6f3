import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { fakeEvent } from './fakeBrowserWindow';
import { startAndBecomeReady, stubPlatform, useMainTestSetup, type ElectronFake } from './mainTestKit';

// mainTestKit (imported above) puts its electron fake on globalThis; see electronModule there.
vi.mock('electron', () => (globalThis as unknown as { __ijElectronModule: object }).__ijElectronModule);

useMainTestSetup();

function menuRoles(fake: ElectronFake): unknown[] {
  const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
  const template = fake.Menu.setApplicationMenu.mock.calls[0]?.[0] as {
    template: MenuItemConstructorOptions[];
  };
  expect(template).toBeDefined();
  return flatten(template.template).map((item) => item.role);
}

describe('main entry, the desktop shell keeps its promises', () => {
  it('turns Chromium spell checking off on Linux, where it would download dictionaries', async () => {
    const { fake, window } = await startAndBecomeReady();
    expect(fake.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledExactlyOnceWith(false);
    expect(window.options.webPreferences?.spellcheck).toBe(false);
  });

  it('keeps the system spell checker on macOS', async () => {
    stubPlatform('darwin');
    const { fake, window } = await startAndBecomeReady();
    expect(fake.session.defaultSession.setSpellCheckerEnabled).not.toHaveBeenCalled();
    expect(window.options.webPreferences?.spellcheck).toBe(true);
  });

  it('has no DevTools in a packaged build, neither in the window nor in the View menu', async () => {
    const { fake, window } = await startAndBecomeReady({ isPackaged: true });
    expect(window.options.webPreferences?.devTools).toBe(false);
    expect(menuRoles(fake)).not.toContain('toggleDevTools');
  });

  it('has DevTools in an unpackaged build (npm run dev)', async () => {
    const { fake, window } = await startAndBecomeReady({ isPackaged: false });
    expect(window.options.webPreferences?.devTools).toBe(true);
    expect(menuRoles(fake)).toContain('toggleDevTools');
  });

  it('guards the main window once: one will-navigate and one will-redirect listener', async () => {
    const { window } = await startAndBecomeReady();
    expect(window.webContents.listeners.get('will-navigate')).toHaveLength(1);
    expect(window.webContents.listeners.get('will-redirect')).toHaveLength(1);
    const navigation = fakeEvent();
    window.webContents.emit('will-navigate', navigation, 'https://example.com/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
  });

  it('registers no channel that opens links outside the app', async () => {
    const { fake } = await startAndBecomeReady();
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toContain('app:get-info');
    expect(channels).not.toContain('app:open-external');
  });

  it('grants persistent storage to the app page only, and nothing else', async () => {
    const { fake } = await startAndBecomeReady();
    const check = fake.session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0];
    if (!check) throw new Error('no permission check handler was installed');
    expect(check({}, 'persistent-storage', 'app://journal')).toBe(true);
    expect(check({}, 'persistent-storage', 'https://evil.example')).toBe(false);
    expect(check({}, 'notifications', 'app://journal')).toBe(false);
  });
});
