import type { MenuItemConstructorOptions } from 'electron';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { TEST_NOTIFICATION_TOO_SOON } from '../shared/ipc/remindersContract';
import { oncePer } from './ipc/rateLimit';
import type { IpcHandlers } from './ipc/registerIpcHandlers';
import type { NotificationClass } from './reminders/notificationPresenter';
import { createReminderService, type PowerMonitorLike } from './reminders/reminderService';
import { autostartFilePath, createLinuxAutostart, type AutostartFs } from './settings/linuxAutostart';
import { applyStartAtLogin, readStartAtLogin, type LoginItemDeps } from './settings/loginItem';
import { createSettingsService } from './settings/settingsService';
import { createTrayController, type TrayLike } from './tray/appTray';
import type { MainWindowController } from './window/mainWindowController';

export interface DesktopServicesDeps {
  filesDir: string;
  platform: NodeJS.Platform;
  log: (message: string, detail?: unknown) => void;
  windows: MainWindowController;
  Notification: NotificationClass;
  powerMonitor: PowerMonitorLike;
  createTray(): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): unknown;
  setLoginItemSettings: LoginItemDeps['setLoginItemSettings'];
  getLoginItemSettings?: LoginItemDeps['getLoginItemSettings'];
  /** Defaults to the real file system and ~/.config/autostart (XDG_CONFIG_HOME honoured). */
  autostartFs?: AutostartFs;
  autostartPath?: string;
  launchCommand: LoginItemDeps['command'];
  quit(): void;
  /** Milliseconds since the epoch; the test-notification limit counts with it. */
  now?: () => number;
}

/** At most one test notification a second. */
export const TEST_NOTIFICATION_INTERVAL_MS = 1_000;

/**
 * Everything that keeps the app useful with its window closed: settings, reminders, the tray
 * and start-at-login. Electron's objects come in through `deps`, so all of it runs in tests.
 */
export function createDesktopServices(deps: DesktopServicesDeps) {
  const { windows, log } = deps;
  const loginItem: LoginItemDeps = {
    platform: deps.platform,
    setLoginItemSettings: deps.setLoginItemSettings,
    ...(deps.getLoginItemSettings ? { getLoginItemSettings: deps.getLoginItemSettings } : {}),
    linuxAutostart: createLinuxAutostart(
      deps.autostartFs ?? { mkdir, writeFile, rm, readFile },
      deps.autostartPath ?? autostartFilePath(process.env, os.homedir()),
    ),
    command: deps.launchCommand,
  };

  const tray = createTrayController({
    createTray: deps.createTray,
    buildMenu: deps.buildMenu,
    actions: {
      open: () => void windows.focus(),
      navigate: (route) => void windows.focusOn(route),
      quit: deps.quit,
    },
  });

  const settings = createSettingsService({
    filesDir: deps.filesDir,
    platform: deps.platform,
    log,
    readStartAtLogin: () => readStartAtLogin(loginItem),
    async apply(change, next) {
      if (change.startAtLogin !== undefined) await applyStartAtLogin(change.startAtLogin, loginItem);
      if (change.keepRunningInBackground !== undefined) tray.sync(next.keepRunningInBackground);
    },
  });

  const reminders = createReminderService({
    filesDir: deps.filesDir,
    platform: deps.platform,
    Notification: deps.Notification,
    powerMonitor: deps.powerMonitor,
    window: {
      focusOn: (route) =>
        void windows.focusOn(route).catch((error: unknown) => log('Could not open the window', error)),
      reveal: () => void windows.reveal().catch((error: unknown) => log('Could not show the window', error)),
      send: windows.send,
    },
    latestReflectionAt: settings.latestReflectionAt,
    recordLatestReflection: settings.recordLatestReflection,
    log,
  });

  const handlers: Omit<
    IpcHandlers,
    'app:get-info' | 'app:drafts-flushed' | 'file:save' | 'file:save-report-pdf' | `backup:${string}`
  > = {
    ...reminders.handlers,
    'reminders:send-test': oncePer(
      TEST_NOTIFICATION_INTERVAL_MS,
      deps.now ?? Date.now,
      reminders.handlers['reminders:send-test'],
      () => ({ outcome: 'too-soon', detail: TEST_NOTIFICATION_TOO_SOON }),
    ),
    ...settings.handlers,
  };

  return {
    settings,
    reminders,
    tray,
    handlers,
    /** Reads the settings first: the tray and the close behaviour depend on them. */
    async loadSettings(): Promise<void> {
      await settings.load();
      tray.sync(settings.keepRunningInBackground());
      // Rewritten at each start so the entry follows the app when an update moves it.
      if (deps.platform === 'linux' && settings.settings().startAtLogin) {
        await applyStartAtLogin(true, loginItem).catch((error: unknown) =>
          log('Could not refresh the autostart entry', error),
        );
      }
    },
    startReminders: () => reminders.start(),
  };
}
