import type { MenuItemConstructorOptions } from 'electron';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, type BrowserWindowConstructor } from '../../../electron/window/createMainWindow';
import type { WindowPolicy } from '../../../electron/window/secureWebPreferences';
import { windowBackgrounds } from '../../../electron/window/windowBackground';
import type { WindowState } from '../../../electron/window/windowState';
import { FakeBrowserWindow, fakeEvent, onlyWindow } from './fakeBrowserWindow';

const preloadPath = '/opt/influence-journal/resources/app.asar/dist/electron/preload.cjs';

function openWindow(
  state: WindowState = { width: 1200, height: 800, isMaximized: false },
  prefersDark = false,
  policy: WindowPolicy = { platform: 'linux', allowDevTools: false },
) {
  const onStateChange = vi.fn<(state: WindowState) => void>();
  const popupMenu = vi.fn<(template: MenuItemConstructorOptions[]) => void>();
  createMainWindow({
    BrowserWindow: FakeBrowserWindow as unknown as BrowserWindowConstructor,
    preloadPath,
    rendererUrl: 'app://journal/index.html',
    state,
    prefersDark,
    onStateChange,
    policy,
    popupMenu,
  });
  return { window: onlyWindow(), onStateChange, popupMenu };
}

describe('createMainWindow', () => {
  beforeEach(() => {
    FakeBrowserWindow.instances = [];
  });

  it('locks the window down with exactly the secure webPreferences', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toEqual({
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: false,
    });
  });

  it.each([
    ['linux', false],
    ['win32', false],
    ['darwin', true],
  ] as const)(
    'on %s checks spelling: %s (only where the system does it, never by downloading)',
    (platform, on) => {
      const { window } = openWindow(undefined, false, { platform, allowDevTools: false });
      expect(window.options.webPreferences?.spellcheck).toBe(on);
    },
  );

  it('has DevTools only in an unpackaged build', () => {
    expect(openWindow().window.options.webPreferences?.devTools).toBe(false);
    FakeBrowserWindow.instances = [];
    const dev = openWindow(undefined, false, { platform: 'linux', allowDevTools: true }).window;
    expect(dev.options.webPreferences?.devTools).toBe(true);
  });

  it('on macOS offers spelling suggestions and "Add to dictionary" on a misspelled word', () => {
    const { window, popupMenu } = openWindow(undefined, false, { platform: 'darwin', allowDevTools: false });
    window.webContents.emit('context-menu', fakeEvent(), {
      isEditable: true,
      misspelledWord: 'negotiaton',
      dictionarySuggestions: ['negotiation', 'negotiator'],
    });
    expect(popupMenu).toHaveBeenCalledTimes(1);
    const template = popupMenu.mock.calls[0]?.[0] ?? [];
    expect(template.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'negotiation',
      'negotiator',
      'Add to dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    const click = (label: string) => {
      const item = template.find((entry) => entry.label === label);
      if (typeof item?.click !== 'function') throw new Error(`${label} has no click handler`);
      (item.click as () => void)();
    };
    click('negotiation');
    click('Add to dictionary');
    expect(window.webContents.replacedMisspellings).toEqual(['negotiation']);
    expect(window.webContents.session.dictionaryWords).toEqual(['negotiaton']);
  });

  it('shows no menu outside text fields, and none at all where spell checking is off', () => {
    const mac = openWindow(undefined, false, { platform: 'darwin', allowDevTools: false });
    mac.window.webContents.emit('context-menu', fakeEvent(), {
      isEditable: false,
      misspelledWord: '',
      dictionarySuggestions: [],
    });
    expect(mac.popupMenu).not.toHaveBeenCalled();
    FakeBrowserWindow.instances = [];
    const linux = openWindow();
    expect(linux.window.webContents.listeners.get('context-menu')).toBeUndefined();
  });

  it('never enables Blink features', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('is titled with the product name and enforces a minimum size', () => {
    const { window } = openWindow();
    expect(window.options).toMatchObject({ title: 'Influence Journal', minWidth: 800, minHeight: 600 });
    expect(window.options.width).toBe(1200);
    expect(window.options.height).toBe(800);
  });

  it('starts hidden and shows itself once ready-to-show fires', () => {
    const { window } = openWindow();
    expect(window.options.show).toBe(false);
    expect(window.shown).toBe(0);
    window.emit('ready-to-show');
    expect(window.shown).toBe(1);
    expect(window.maximized).toBe(0);
  });

  it('takes the page background of the system theme as its own colour', () => {
    expect(openWindow(undefined, false).window.options.backgroundColor).toBe(windowBackgrounds.light);
    FakeBrowserWindow.instances = [];
    expect(openWindow(undefined, true).window.options.backgroundColor).toBe(windowBackgrounds.dark);
  });

  it('uses the same colours as the page itself', () => {
    const css = readFileSync(new URL('../../../renderer/styles/tokens.css', import.meta.url), 'utf8');
    const backgrounds = [...css.matchAll(/--bg:\s*(#[0-9a-f]{6})/gi)].map((match) => match[1]?.toLowerCase());
    expect(backgrounds).toEqual([windowBackgrounds.light, windowBackgrounds.dark]);
  });

  it('maximizes before showing when the remembered state was maximized', () => {
    const { window } = openWindow({ width: 1200, height: 800, isMaximized: true });
    window.emit('ready-to-show');
    expect(window.maximized).toBe(1);
    expect(window.shown).toBe(1);
  });

  it('places the window at a remembered position and omits x/y when there is none', () => {
    const placed = openWindow({ x: 40, y: 60, width: 1000, height: 700, isMaximized: false }).window;
    expect(placed.options).toMatchObject({ x: 40, y: 60 });
    FakeBrowserWindow.instances = [];
    const centred = openWindow().window;
    expect(centred.options).not.toHaveProperty('x');
    expect(centred.options).not.toHaveProperty('y');
  });

  it('loads the renderer URL', () => {
    const { window } = openWindow();
    expect(window.loadedUrls).toEqual(['app://journal/index.html']);
  });

  // The guards come from app's web-contents-created, which fires for this window too (see main tests).
  it('leaves the navigation guards to web-contents-created, so they are not installed twice', () => {
    const { window } = openWindow();
    expect(window.webContents.listeners.get('will-navigate')).toBeUndefined();
    expect(window.webContents.listeners.get('will-redirect')).toBeUndefined();
  });

  it('reports its bounds and maximized state on resize and move', () => {
    const { window, onStateChange } = openWindow();
    window.normalBounds = { x: 5, y: 6, width: 900, height: 650 };
    window.emit('resize');
    expect(onStateChange).toHaveBeenLastCalledWith({
      x: 5,
      y: 6,
      width: 900,
      height: 650,
      isMaximized: false,
    });
    window.maximizedState = true;
    window.emit('move');
    expect(onStateChange).toHaveBeenLastCalledWith({
      x: 5,
      y: 6,
      width: 900,
      height: 650,
      isMaximized: true,
    });
    expect(onStateChange).toHaveBeenCalledTimes(2);
  });

  it('does not report state while minimized or after being destroyed', () => {
    const { window, onStateChange } = openWindow();
    window.minimized = true;
    window.emit('resize');
    window.minimized = false;
    window.destroyed = true;
    window.emit('move');
    expect(onStateChange).not.toHaveBeenCalled();
  });

  it('lets the window title follow the page title, which names the page', () => {
    const { window } = openWindow();
    const event = fakeEvent();
    window.emit('page-title-updated', event, 'Journal · Influence Journal');
    expect(event.defaultPrevented).toBe(false);
  });
});
