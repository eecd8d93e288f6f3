import { PRODUCT_NAME } from '../../shared/app/identity';
import type { AppRoute } from '../../shared/ipc/contract';
import type { SaveFileResult } from '../../shared/ipc/fileContract';
import type { SettingsView } from '../../shared/ipc/settingsContract';
import { PlatformError, type FileToSave, type JournalPlatform } from './JournalPlatform';
import { createBrowserBackups } from './backupsPlatform';
import { lazyReminders } from './lazyReminders';
import type { WebNotificationApi } from './webNotifier';

/** A browser tab cannot start at login or live in a tray. */
const browserSettings: SettingsView = {
  settings: { keepRunningInBackground: false, startAtLogin: false },
  supports: { keepRunningInBackground: false, startAtLogin: false },
};

/** Long enough for the browser to start the download from the object URL, short enough not to hold the data. */
const DOWNLOAD_URL_LIFETIME_MS = 60_000;

/** A tab cannot choose a folder: the file is downloaded through a temporary link, then its URL released. */
function downloadFile(target: Window, { suggestedName, mimeType, data }: FileToSave): SaveFileResult {
  // Text or bytes are copied into the Blob (in one task); a Blob given is only referred to, never copied.
  const blob = new Blob([data as BlobPart], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = target.document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.hidden = true;
  target.document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    target.setTimeout(() => URL.revokeObjectURL(url), DOWNLOAD_URL_LIFETIME_MS);
  }
  return { saved: true };
}

/** The journal in an ordinary browser tab: IndexedDB is the data folder, downloads are the file system. */
export function createBrowserPlatform(appVersion: string, target: Window = window): JournalPlatform {
  const navigateListeners = new Set<(route: AppRoute) => void>();
  const navigate = (route: AppRoute) => navigateListeners.forEach((listener) => listener(route));
  const notificationApi =
    'Notification' in target ? (target.Notification as unknown as WebNotificationApi) : undefined;
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      name: PRODUCT_NAME,
      version: appVersion,
      platform: 'web',
      dataFolder: `This browser's storage for ${target.location.origin}`,
      electronVersion: null,
    }),
    onNavigate: (listener) => {
      navigateListeners.add(listener);
      return () => navigateListeners.delete(listener);
    },
    // A tab flushes on pagehide (renderer/app/pendingWrites.ts); nobody asks it first.
    onFlushRequest: () => () => undefined,
    reminders: lazyReminders(async () => {
      const { createBrowserReminders } = await import('./browserReminders');
      return createBrowserReminders({
        storage: () => target.localStorage,
        notificationApi,
        focusWindow: () => target.focus(),
        navigate,
      });
    }),
    settings: {
      get: async () => structuredClone(browserSettings),
      update: async () => {
        throw new PlatformError(
          'unsupported',
          'The browser version cannot run in the background or at login.',
        );
      },
    },
    files: {
      save: async (file) => downloadFile(target, file),
    },
    backups: createBrowserBackups((file) => downloadFile(target, file)),
  };
}
