import { app, BrowserWindow, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import path from 'node:path';
import {
  APP_ENTRY_URL,
  APP_ID,
  APP_ORIGIN,
  APP_SCHEME,
  LINUX_DESKTOP_NAME,
  PRODUCT_NAME,
} from '../shared/app/identity';
import { eventChannels } from '../shared/ipc/channels';
import type { AppRoute } from '../shared/ipc/contract';
import { configureDataFolder } from './appDataFolder';
import { createAppHandlers } from './ipc/handlers/appHandlers';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { buildAppMenuTemplate } from './menu/buildAppMenuTemplate';
import { appSchemePrivileges, createAppProtocolHandler } from './protocol/registerAppProtocol';
import { installNavigationGuards } from './security/navigationGuards';
import { denyAllPermissions } from './security/permissions';
import { createMainWindow } from './window/createMainWindow';
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
const openExternal = (url: string) => shell.openExternal(url);
const windowState = createWindowStatePersistence(folders.filesDir, log);

let mainWindow: BrowserWindow | null = null;

function navigate(route: AppRoute): void {
  const window = mainWindow ?? null;
  if (!window || window.isDestroyed()) return;
  window.webContents.send(eventChannels.onNavigate, { route });
}

async function openMainWindow(): Promise<void> {
  const saved = await windowState.load();
  const state = fitWindowState(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow({
    BrowserWindow,
    preloadPath,
    rendererUrl,
    appOrigin,
    openExternal,
    state,
    onStateChange: (next) => windowState.remember(next),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) {
    void openMainWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    installNavigationGuards(contents, appOrigin, openExternal);
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', focusMainWindow);
  // Hold the quit until the last window position is on disk.
  let positionSaved = false;
  app.on('before-quit', (event) => {
    if (positionSaved || !windowState.hasPending()) return;
    event.preventDefault();
    void windowState.flush().finally(() => {
      positionSaved = true;
      app.quit();
    });
  });

  void app.whenReady().then(async () => {
    protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDir));
    denyAllPermissions(session.defaultSession);
    registerIpcHandlers(
      ipcMain,
      createAppHandlers(
        () => ({
          name: PRODUCT_NAME,
          version: app.getVersion(),
          platform: process.platform,
          dataFolder: folders.userData,
          electronVersion: process.versions.electron ?? null,
        }),
        openExternal,
      ),
      appOrigin,
      log,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildAppMenuTemplate(process.platform, { navigate })));
    await openMainWindow();
  });
}
