import type { BackupCounts } from '../../shared/backup/backupHeader';
import type { BackupEntry, BackupFolderResult, BackupList } from '../../shared/ipc/backupContract';
import type { IpcResult } from '../../shared/ipc/ipcResult';
import type { JournalApi } from '../../shared/ipc/journalApi';
import { PlatformError } from './JournalPlatform';

/** What the page hands over: the whole file, made and checksummed by shared/backup. */
export interface BackupToSave {
  readonly header: { readonly createdAt: string; readonly counts: BackupCounts } & Record<string, unknown>;
  readonly bytes: Uint8Array;
  readonly fileName: string;
}

export interface SavedBackup {
  readonly name: string;
  readonly createdAt: string;
  readonly counts: BackupCounts;
}

/**
 * Backups, wherever they can go: the desktop app keeps them in a folder main writes (and can list,
 * read back and rotate); a browser tab can only download each one, so it keeps no list.
 */
export interface BackupsPlatform {
  readonly kind: 'folder' | 'download';
  save(backup: BackupToSave): Promise<SavedBackup>;
  /** The folder and its backups, newest first; a browser has no folder and lists none. */
  list(): Promise<BackupList>;
  /** A backup in the folder, whole (read from main in pieces). */
  read(name: string): Promise<Uint8Array>;
  /** Desktop only: the folder dialog. */
  chooseFolder?(): Promise<BackupFolderResult>;
  /** Desktop: a system notification that the backup failed (main limits how often). */
  reportFailure(reason: string): Promise<void>;
}

/** Pieces of this size go to main one at a time; the contract refuses anything over 8 MB. */
export const BACKUP_PIECE_BYTES = 4 * 1024 * 1024;

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

function savedFrom(entry: BackupEntry, fallback: BackupToSave): SavedBackup {
  return {
    name: entry.name,
    createdAt: entry.createdAt ?? fallback.header.createdAt,
    counts: entry.counts ?? fallback.header.counts,
  };
}

export function createElectronBackups(api: JournalApi): BackupsPlatform {
  return {
    kind: 'folder',
    async save(backup) {
      const { bytes } = backup;
      const header = backup.header as Parameters<JournalApi['beginBackup']>[0]['header'];
      const { writeId } = unwrap(await api.beginBackup({ header, totalBytes: bytes.byteLength }));
      try {
        for (let offset = 0; offset < bytes.byteLength; offset += BACKUP_PIECE_BYTES) {
          unwrap(
            await api.appendBackup({ writeId, chunk: bytes.subarray(offset, offset + BACKUP_PIECE_BYTES) }),
          );
        }
        return savedFrom(unwrap(await api.commitBackup({ writeId })).entry, backup);
      } catch (error) {
        // Main removes the temp file itself on a failed step; this covers a failure on this side.
        await api.abortBackup({ writeId }).catch(() => undefined);
        throw error;
      }
    },
    list: async () => unwrap(await api.listBackups()),
    async read(name) {
      const first = unwrap(await api.readBackup({ name, offset: 0 }));
      const whole = new Uint8Array(first.totalBytes);
      whole.set(first.bytes, 0);
      let filled = first.bytes.byteLength;
      while (filled < first.totalBytes) {
        const piece = unwrap(await api.readBackup({ name, offset: filled }));
        if (piece.bytes.byteLength === 0)
          throw new PlatformError('failed', `The backup ${name} ended early.`);
        whole.set(piece.bytes.subarray(0, first.totalBytes - filled), filled);
        filled += piece.bytes.byteLength;
      }
      return whole;
    },
    chooseFolder: async () => unwrap(await api.chooseBackupFolder()),
    async reportFailure(reason) {
      unwrap(await api.reportBackupFailure({ reason: reason.slice(0, 500) }));
    },
  };
}

/** A browser tab: each backup is a download; there is no folder to list or read back. */
export function createBrowserBackups(
  download: (file: { suggestedName: string; mimeType: string; data: Uint8Array }) => unknown,
): BackupsPlatform {
  return {
    kind: 'download',
    async save(backup) {
      await download({ suggestedName: backup.fileName, mimeType: 'application/json', data: backup.bytes });
      return { name: backup.fileName, createdAt: backup.header.createdAt, counts: backup.header.counts };
    },
    list: async () => ({ folder: '', backups: [] }),
    read: async () => {
      throw new PlatformError('unsupported', 'A browser keeps no backups of its own: choose a backup file.');
    },
    reportFailure: async () => undefined,
  };
}
