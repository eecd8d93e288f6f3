import { backupFileName, buildBackup } from '../../../shared/backup/backupFile';
import { remindersTiedToReflections } from '../../../shared/data/journalSnapshot';
import { DAY_MS } from '../../../shared/domain/localDateTime';
import type { BackupSnapshotRepository } from '../../db/repositories/backupSnapshotRepository';
import type { BackupsPlatform, SavedBackup } from '../../platform/backupsPlatform';
import type { RemindersPlatform } from '../../platform/JournalPlatform';
import { readBackupStatus, writeBackupStatus, type BackupStatus } from './backupStatus';
import { errorText } from '../../../shared/app/errorText';

export type BackupReason = 'daily' | 'manual' | 'before-import' | 'before-restore';

export interface BackupRunnerDeps {
  readonly repository: BackupSnapshotRepository;
  readonly backups: BackupsPlatform;
  readonly reminders: Pick<RemindersPlatform, 'list'>;
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly storage: Storage | undefined;
  readonly now?: () => Date;
  /** Told after every attempt, so the Data page can show the new status. */
  readonly onStatus?: (status: BackupStatus) => void;
}

function reasonOf(error: unknown): string {
  const message = errorText(error);
  return message.replace(/\.$/, '');
}

/** A backup is due daily, and only when a reflection was written since the last one. */
export function isDailyBackupDue(status: BackupStatus, lastWriteAt: string | null, now: Date): boolean {
  if (lastWriteAt === null) return false;
  const last = status.lastSuccess === null ? Number.NaN : Date.parse(status.lastSuccess.createdAt);
  if (Number.isNaN(last)) return true;
  return Date.parse(lastWriteAt) > last && now.getTime() - last >= DAY_MS;
}

/**
 * Makes one backup of the whole journal (the Trash, principle settings and follow-ups included),
 * hands it to the platform, and records how it went. A failure is recorded, reported (a
 * notification in the desktop app) and thrown; the next daily check tries again.
 */
export function createBackupRunner(deps: BackupRunnerDeps) {
  const now = deps.now ?? (() => new Date());
  let running: Promise<SavedBackup> | null = null;

  function record(change: Partial<BackupStatus>): void {
    const status = { ...readBackupStatus(deps.storage), ...change };
    writeBackupStatus(deps.storage, status);
    deps.onStatus?.(status);
  }

  async function make(): Promise<SavedBackup> {
    const createdAt = now().toISOString();
    const [whole, reminders, journalId] = await Promise.all([
      deps.repository.readWholeJournal(),
      deps.reminders.list().then((views) => views.map((view) => view.reminder)),
      deps.repository.journalId(),
    ]);
    const snapshot = { ...whole, reminders: remindersTiedToReflections(reminders, whole.reflections) };
    const built = await buildBackup(snapshot, {
      appVersion: deps.appVersion,
      schemaVersion: deps.schemaVersion,
      journalId,
      createdAt,
    });
    return deps.backups.save({ ...built, fileName: backupFileName(createdAt) });
  }

  async function run(): Promise<SavedBackup> {
    try {
      const saved = await make();
      record({ lastSuccess: saved, lastFailure: null });
      return saved;
    } catch (error) {
      const reason = reasonOf(error);
      record({ lastFailure: { at: now().toISOString(), reason } });
      await deps.backups.reportFailure(reason).catch(() => undefined);
      throw new Error(reason, { cause: error });
    }
  }

  return {
    /** One backup at a time: a second ask while one runs gets the same one. */
    backUp(_reason: BackupReason): Promise<SavedBackup> {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
    /** The daily backup, when due; the browser build does not download on its own. */
    async backUpIfDue(): Promise<SavedBackup | null> {
      if (deps.backups.kind !== 'folder') return null;
      const due = isDailyBackupDue(
        readBackupStatus(deps.storage),
        await deps.repository.lastWriteAt(),
        now(),
      );
      return due ? this.backUp('daily') : null;
    },
    status: () => readBackupStatus(deps.storage),
  };
}

export type BackupRunner = ReturnType<typeof createBackupRunner>;
