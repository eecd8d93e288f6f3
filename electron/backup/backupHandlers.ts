import path from 'node:path';
import { z } from 'zod';
import { deviceTimeZone, MINUTE_MS } from '../../shared/domain/localDateTime';
import type { BackupFolderResult } from '../../shared/ipc/backupContract';
import { createJsonFileStore, type JsonFileStoreOptions } from '../files/jsonFileStore';
import type { IpcHandlers } from '../ipc/registerIpcHandlers';
import type { BackupFs } from './backupFiles';
import { createBackupService } from './backupService';

export const BACKUP_FOLDER_FILE = 'backup-folder.json';
export const DEFAULT_BACKUP_FOLDER = 'backups';
/** At most one failure notification in this long: a backup failing at every try must not nag. */
export const FAILURE_NOTICE_INTERVAL_MS = 60 * MINUTE_MS;

const backupFolderFileSchema = z.strictObject({
  version: z.literal(1),
  /** An absolute folder the person chose, or null for `backups/` in the data folder. */
  folder: z.string().min(1).max(4096).nullable(),
});

/** The part of Electron's `dialog` used to choose a folder. */
export interface FolderDialogLike<W> {
  showOpenDialog(
    parent: W | null,
    options: { title: string; defaultPath: string; properties: ['openDirectory', 'createDirectory'] },
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface BackupHandlerDeps<W> {
  filesDir: string;
  dialog: FolderDialogLike<W>;
  parentWindow(): W | null;
  /** A system notification saying a backup failed. */
  notifyFailure(reason: string): void;
  log(message: string, detail?: unknown): void;
  now?: () => number;
  fs?: BackupFs;
  fileOptions?: JsonFileStoreOptions;
  timeZone?: () => string;
}

type BackupChannel = Extract<keyof IpcHandlers, `backup:${string}`>;

/**
 * The `backup:*` channels. The folder choice is kept in its own small file beside settings.json
 * (`backup-folder.json`), so the settings file and its version stay as they are.
 */
export function createBackupHandlers<W>(deps: BackupHandlerDeps<W>) {
  const defaultFolder = path.join(deps.filesDir, DEFAULT_BACKUP_FOLDER);
  const store = createJsonFileStore(
    path.join(deps.filesDir, BACKUP_FOLDER_FILE),
    backupFolderFileSchema,
    () => ({ version: 1 as const, folder: null }),
    deps.fileOptions ?? {},
  );
  let chosen: string | null | undefined;

  async function folder(): Promise<string> {
    if (chosen === undefined) {
      try {
        const result = await store.load();
        if (result.status === 'corrupt')
          deps.log('The backup folder file was unreadable; using the default', result.reason);
        chosen = result.value.folder;
      } catch (error) {
        // Backups still go somewhere safe while the choice cannot be read.
        deps.log('Could not read the backup folder choice', error);
        return defaultFolder;
      }
    }
    return chosen ?? defaultFolder;
  }

  const service = createBackupService({
    folder,
    log: deps.log,
    timeZone: deps.timeZone ?? deviceTimeZone,
    ...(deps.fs ? { fs: deps.fs } : {}),
  });
  const now = deps.now ?? Date.now;
  let lastNoticeAt = Number.NEGATIVE_INFINITY;

  const handlers: Pick<IpcHandlers, BackupChannel> = {
    'backup:begin': (request) => service.begin(request),
    'backup:append': (request) => service.append(request),
    'backup:commit': (request) => service.commit(request),
    'backup:abort': (request) => service.abort(request),
    'backup:list': () => service.list(),
    'backup:read': (request) => service.read(request),
    'backup:choose-folder': async (): Promise<BackupFolderResult> => {
      const current = await folder();
      const choice = await deps.dialog.showOpenDialog(deps.parentWindow(), {
        title: 'Choose the backup folder',
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'],
      });
      const picked = choice.filePaths[0];
      if (choice.canceled || picked === undefined || picked === '')
        return { changed: false, folder: current };
      await store.save({ version: 1, folder: picked });
      chosen = picked;
      return { changed: true, folder: picked };
    },
    'backup:report-failure': ({ reason }) => {
      const at = now();
      if (at - lastNoticeAt >= FAILURE_NOTICE_INTERVAL_MS) {
        lastNoticeAt = at;
        deps.notifyFailure(reason);
      }
      return null;
    },
  };
  return { handlers, service, folder };
}
