import type { BrowserWindow, BrowserWindowConstructorOptions, MenuItemConstructorOptions } from 'electron';
import { PRODUCT_NAME } from '../../shared/app/identity';
import { secureWebPreferences, spellCheckerUsesOs, type WindowPolicy } from './secureWebPreferences';
import { buildSpellingMenuTemplate, type SpellingMenuParams } from './spellingContextMenu';
import { windowBackgroundColor } from './windowBackground';
import type { WindowState } from './windowState';

export type BrowserWindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export interface MainWindowOptions {
  BrowserWindow: BrowserWindowConstructor;
  preloadPath: string;
  rendererUrl: string;
  state: WindowState;
  /** Whether the system theme is dark now (Electron's nativeTheme.shouldUseDarkColors). */
  prefersDark: boolean;
  onStateChange: (state: WindowState) => void;
  /** Platform and packaging: they decide spell checking and DevTools. */
  policy: WindowPolicy;
  /** Shows a menu at the pointer (Electron's Menu.buildFromTemplate(...).popup). */
  popupMenu: (template: MenuItemConstructorOptions[], window: BrowserWindow) => void;
}

/** The only place a window is made, so every window gets the same locked-down settings. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const { state } = options;
  const window = new options.BrowserWindow({
    title: PRODUCT_NAME,
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: windowBackgroundColor(options.prefersDark),
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(options.preloadPath, options.policy),
  });

  // The window's title follows the page's document.title (Electron's default), which names the page.
  // Where the system checks spelling, its suggestions need a menu to be of any use.
  if (spellCheckerUsesOs(options.policy.platform)) {
    window.webContents.on('context-menu', (_event, params: SpellingMenuParams) => {
      const template = buildSpellingMenuTemplate(params, {
        replaceMisspelling: (word) => window.webContents.replaceMisspelling(word),
        addToDictionary: (word) => void window.webContents.session.addWordToSpellCheckerDictionary(word),
      });
      if (template.length > 0) options.popupMenu(template, window);
    });
  }
  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize();
    window.show();
  });

  const reportState = () => {
    if (window.isDestroyed() || window.isMinimized()) return;
    const bounds = window.getNormalBounds();
    options.onStateChange({ ...bounds, isMaximized: window.isMaximized() });
  };
  window.on('resize', reportState);
  window.on('move', reportState);
  window.on('close', reportState);

  void window.loadURL(options.rendererUrl);
  return window;
}
