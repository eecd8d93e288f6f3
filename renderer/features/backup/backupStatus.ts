import * as z from 'zod';
import { backupCountsSchema } from '../../../shared/backup/backupHeader';

/** Where this device remembers how the last backup went, for the Data page and the daily check. */
export const BACKUP_STATUS_KEY = 'influence-journal:backup-status';

const backupStatusSchema = z.object({
  lastSuccess: z
    .object({ name: z.string().max(200), createdAt: z.string().max(40), counts: backupCountsSchema })
    .nullable(),
  lastFailure: z.object({ at: z.string().max(40), reason: z.string().max(500) }).nullable(),
});
export type BackupStatus = z.infer<typeof backupStatusSchema>;

export const noBackupYet: BackupStatus = { lastSuccess: null, lastFailure: null };

/** Reads the status; anything unreadable counts as "no backup yet", which only makes one sooner. */
export function readBackupStatus(storage: Storage | undefined): BackupStatus {
  try {
    const text = storage?.getItem(BACKUP_STATUS_KEY);
    if (text === null || text === undefined) return noBackupYet;
    const parsed = backupStatusSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : noBackupYet;
  } catch {
    return noBackupYet;
  }
}

export function writeBackupStatus(storage: Storage | undefined, status: BackupStatus): void {
  try {
    storage?.setItem(BACKUP_STATUS_KEY, JSON.stringify(status));
  } catch {
    // A full or blocked storage only loses the status line; the backups themselves are files.
  }
}

export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
