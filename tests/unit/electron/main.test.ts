import { describe, expect, it, vi } from 'vitest';
import { windowBackgrounds } from '../../../electron/window/windowBackground';
import { invokeContract } from '../../../shared/ipc/contract';
import { FakeBrowserWindow, FakeWebContents, fakeEvent } from './fakeBrowserWindow';
import { FakeTray } from './fakeElectronExtras';
import {
  closeAfterFlush,
  currentUserDataDir,
  startAndBecomeReady,
  startMain,
  stubPlatform,
  useMainTestSetup,
  writeSettings,
} from './mainTestKit';

// mainTestKit (imported above) puts its electron fake on globalThis; see electronModule there.
vi.mock('electron', () => (globalThis as unknown as { __ijElectronModule: object }).__ijElectronModule);

useMainTestSetup();

describe('main entry, before ready', () => {
  it('registers the app scheme as privileged before ready', async () => {
    const fake = await startMain();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    fake.markReady();
    await vi.waitFor(() => expect(fake.calls).toContain('protocol.handle'));
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('ready'));
  });

  it('pins userData and sessionData to the override folder before ready', async () => {
    const fake = await startMain();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', currentUserDataDir());
    expect(fake.app.setPath).toHaveBeenCalledWith('sessionData', currentUserDataDir());
    expect(fake.calls).not.toContain('ready');
    expect(fake.app.setName).toHaveBeenCalledWith('Influence Journal');
  });

  it('sets the Windows app user model id on win32', async () => {
    stubPlatform('win32');
    const fake = await startMain();
    expect(fake.app.setAppUserModelId).toHaveBeenCalledExactlyOnceWith('app.influencejournal.desktop');
    expect(fake.app.setDesktopName).not.toHaveBeenCalled();
  });

  it('sets the desktop entry name on Linux and no app user model id', async () => {
    const fake = await startMain();
    expect(fake.app.setDesktopName).toHaveBeenCalledExactlyOnceWith('influence-journal.desktop');
    expect(fake.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('quits without waiting for ready or creating a window when another instance holds the lock', async () => {
    const fake = await startMain({ lockGranted: false });
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.on).not.toHaveBeenCalled();
    fake.markReady();
    await Promise.resolve();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });
});

describe('main entry, after ready', () => {
  it('serves app://, denies permissions, registers every IPC channel and opens one window', async () => {
    const { fake, window } = await startAndBecomeReady();
    expect(fake.protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
    const permissions = fake.session.defaultSession;
    expect(permissions.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(permissions.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    const checkHandler = permissions.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(checkHandler?.({}, 'notifications')).toBe(false);
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.keys(invokeContract).sort());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(window.loadedUrls).toEqual(['app://journal/index.html']);
    expect(window.options.webPreferences?.sandbox).toBe(true);
    expect(window.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
  });

  it('answers IPC from the app page, which proves the app:// origin is recognised', async () => {
    const { fake } = await startAndBecomeReady();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const getInfo = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:get-info')?.[1];
    if (!getInfo) throw new Error('app:get-info was not registered');
    const result = await getInfo({ senderFrame: { url: 'app://journal/index.html' } }, undefined);
    expect(result).toMatchObject({
      ok: true,
      value: {
        name: 'Influence Journal',
        version: '0.1.0',
        dataFolder: currentUserDataDir(),
        platform: 'linux',
      },
    });
    await expect(
      getInfo({ senderFrame: { url: 'https://evil.example/' } }, undefined),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(consoleError).toHaveBeenCalledExactlyOnceWith(
      expect.stringContaining('Refused app:get-info'),
      'https://evil.example/',
    );
    consoleError.mockRestore();
  });

  it('ignores a dev server URL in a packaged build', async () => {
    process.env.INFLUENCE_JOURNAL_DEV_SERVER_URL = 'http://localhost:5173/';
    const { window } = await startAndBecomeReady();
    expect(window.loadedUrls).toEqual(['app://journal/index.html']);
  });

  it('focuses and restores the existing window on a second instance instead of opening another', async () => {
    const { fake, window } = await startAndBecomeReady();
    window.minimized = true;
    fake.emitApp('second-instance');
    await vi.waitFor(() => expect(window.restored).toBe(1));
    expect(window.focused).toBe(1);
    expect(window.shown).toBeGreaterThanOrEqual(1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('gives the window the colour of the system theme, and follows the theme when it changes', async () => {
    const { fake, window } = await startAndBecomeReady();
    expect(window.options.backgroundColor).toBe(windowBackgrounds.light);
    fake.nativeTheme.switchTo(true);
    expect(window.backgroundColors).toEqual([windowBackgrounds.dark]);
    fake.nativeTheme.switchTo(false);
    expect(window.backgroundColors).toEqual([windowBackgrounds.dark, windowBackgrounds.light]);
  });

  it('locks down every web contents that gets created', async () => {
    const { fake } = await startAndBecomeReady();
    const contents = new FakeWebContents();
    fake.emitApp('web-contents-created', fakeEvent(), contents);
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
    const navigation = fakeEvent();
    contents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('quits when the last window closes on Linux with background mode turned off', async () => {
    await writeSettings({ keepRunningInBackground: false });
    const { fake, window } = await startAndBecomeReady();
    expect(FakeTray.instances).toHaveLength(0);
    await closeAfterFlush(fake, window);
    fake.emitApp('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });
});
