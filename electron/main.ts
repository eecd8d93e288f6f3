import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  Tray,
} from 'electron';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import {
  APP_ENTRY_URL,
  APP_ID,
  APP_ORIGIN,
  APP_SCHEME,
  LINUX_DESKTOP_NAME,
  PRODUCT_NAME,
} from '../shared/app/identity';
import { configureDataFolder } from './appDataFolder';
import { createDesktopServices } from './desktopServices';
import { createBackupHandlers } from './backup/backupHandlers';
import { createAppHandlers } from './ipc/handlers/appHandlers';
import { createFileHandlers, writeFileAtomically } from './ipc/handlers/fileHandlers';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { buildAppMenuTemplate } from './menu/buildAppMenuTemplate';
import { appSchemePrivileges, createAppProtocolHandler } from './protocol/registerAppProtocol';
import { installNavigationGuards } from './security/navigationGuards';
import { installPermissionHandlers } from './security/permissions';
import { HIDDEN_ARG } from './settings/loginItem';
import { TRAY_ICON_DATA_URL } from './tray/trayIcon';
import { createMainWindow } from './window/createMainWindow';
import { createDraftFlush } from './window/draftFlush';
import { spellCheckerUsesOs } from './window/secureWebPreferences';
import { createMainWindowController } from './window/mainWindowController';
import { windowBackgroundColor } from './window/windowBackground';
import { fitWindowState } from './window/windowState';
import { createWindowStatePersistence } from './window/windowStatePersistence';

// Everything here runs before `ready`: paths, scheme privileges and platform identity.
const log = (message: string, detail?: unknown) => console.error(`[main] ${message}`, detail ?? '');
const folders = configureDataFolder(app, process.env);
app.setName(PRODUCT_NAME);
protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
if (process.platform === 'linux') app.setDesktopName(LINUX_DESKTOP_NAME);

// A dev server is honoured only in an unpackaged build, so a shipped app always loads app://.
const devServerUrl = !app.isPackaged ? process.env.INFLUENCE_JOURNAL_DEV_SERVER_URL : undefined;
const appOrigin = devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN;
const rendererUrl = devServerUrl ?? APP_ENTRY_URL;
const rendererDir = path.join(__dirname, '..', 'renderer');
const preloadPath = path.join(__dirname, 'preload.cjs');
const windowState = createWindowStatePersistence(folders.filesDir, log);

const windows = createMainWindowController({
  async create(route) {
    const saved = await windowState.load();
    return createMainWindow({
      BrowserWindow,
      preloadPath,
      // Hash routing: a window opened by a notification click starts on the right page.
      rendererUrl: route === null ? rendererUrl : `${rendererUrl}#${route}`,
      state: fitWindowState(
        saved,
        screen.getAllDisplays().map((display) => display.workArea),
      ),
      prefersDark: nativeTheme.shouldUseDarkColors,
      onStateChange: (next) => windowState.remember(next),
      policy: { platform: process.platform, allowDevTools: !app.isPackaged },
      popupMenu: (template, window) => Menu.buildFromTemplate(template).popup({ window }),
    });
  },
  hideOnClose: () => desktop.settings.keepRunningInBackground(),
  flushDrafts: () => draftFlush.request(),
});

// Words typed within the autosave delay are saved before the page goes (quit or close).
const draftFlush = createDraftFlush({
  send: (requestId) => windows.send('app:flush-drafts', { requestId }),
  clock: {
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  },
  newRequestId: randomUUID,
});

const desktop = createDesktopServices({
  filesDir: folders.filesDir,
  platform: process.platform,
  log,
  windows,
  Notification,
  powerMonitor,
  createTray: () => new Tray(nativeImage.createFromDataURL(TRAY_ICON_DATA_URL)),
  buildMenu: (template) => Menu.buildFromTemplate(template),
  setLoginItemSettings: (settings) => app.setLoginItemSettings(settings),
  getLoginItemSettings: (options) => app.getLoginItemSettings(options),
  // An AppImage runs from a temporary mount; the file to start is the AppImage itself.
  launchCommand: {
    execPath: process.env.APPIMAGE ?? process.execPath,
    args: app.isPackaged ? [] : [app.getAppPath()],
  },
  quit: () => app.quit(),
});

const focusMainWindow = () =>
  void windows.focus().catch((error: unknown) => log('Could not show the window', error));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    installNavigationGuards(contents, appOrigin);
  });

  // In background mode the window only hides, so this fires when the person really closed it.
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' && !desktop.settings.keepRunningInBackground()) app.quit();
  });
  app.on('activate', focusMainWindow);
  // Hold the quit until the page has saved its drafts (or the wait ran out) and the last window
  // position is on disk. A second quit while waiting joins the first.
  let readyToQuit = false;
  let preparingQuit: Promise<unknown> | null = null;
  app.on('before-quit', (event) => {
    windows.markQuitting();
    if (readyToQuit) return;
    event.preventDefault();
    preparingQuit ??= Promise.allSettled([draftFlush.request(), windowState.flush()]).then(() => {
      readyToQuit = true;
      app.quit();
    });
  });
  app.on('will-quit', () => desktop.reminders.stop());

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
    installPermissionHandlers(session.defaultSession, appOrigin);
    // Chromium's own checker would download dictionaries; see spellCheckerUsesOs.
    if (!spellCheckerUsesOs(process.platform)) session.defaultSession.setSpellCheckerEnabled(false);
    await desktop.loadSettings();
    const appHandlers = createAppHandlers({
      facts: () => ({
        name: PRODUCT_NAME,
        version: app.getVersion(),
        platform: process.platform,
        dataFolder: folders.userData,
        electronVersion: process.versions.electron ?? null,
      }),
      draftsFlushed: (requestId) => draftFlush.acknowledge(requestId),
    });
    const fileHandlers = createFileHandlers<BrowserWindow>({
      dialog: {
        showSaveDialog: (parent, options) =>
          parent ? dialog.showSaveDialog(parent, options) : dialog.showSaveDialog(options),
      },
      write: writeFileAtomically,
      parentWindow: () => BrowserWindow.getFocusedWindow() ?? windows.current(),
      defaultFolder: () => app.getPath('documents'),
      printToPdf: async () => {
        const window = BrowserWindow.getFocusedWindow() ?? windows.current();
        if (!window) throw new Error('the app window is not open');
        return window.webContents.printToPDF({ pageSize: 'A4', printBackground: false });
      },
    });
    const backups = createBackupHandlers<BrowserWindow>({
      filesDir: folders.filesDir,
      dialog: {
        showOpenDialog: (parent, options) =>
          parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options),
      },
      parentWindow: () => BrowserWindow.getFocusedWindow() ?? windows.current(),
      notifyFailure: (reason) => {
        if (!Notification.isSupported()) return;
        new Notification({
          title: 'Backup failed',
          body: `The last backup failed: ${reason}. It will be tried again.`,
        }).show();
      },
      log,
    });
    registerIpcHandlers(
      ipcMain,
      { ...appHandlers, ...fileHandlers, ...backups.handlers, ...desktop.handlers },
      appOrigin,
      log,
    );
    const menu = buildAppMenuTemplate(
      process.platform,
      { navigate: (route) => windows.navigate(route) },
      { devTools: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(menu));
    // The page follows the system theme by itself; the window's own colour must follow it too.
    nativeTheme.on('updated', () =>
      windows.current()?.setBackgroundColor(windowBackgroundColor(nativeTheme.shouldUseDarkColors)),
    );
    // Started at login in background mode: stay in the tray until the person opens the window.
    const startHidden = process.argv.includes(HIDDEN_ARG) && desktop.settings.keepRunningInBackground();
    // Reminders do not wait for the window: they must run even if it fails to open.
    void desktop.startReminders();
    if (!startHidden) await windows.open();
  });
}
