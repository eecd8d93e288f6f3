import { planRestore, type RestorePlan } from '../../../shared/backup/planRestore';
import { verifyBackup } from '../../../shared/backup/verifyBackup';
import type { BackupHeader } from '../../../shared/backup/backupHeader';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import { formatCount } from '../../app/formatCount';
import type { BackupSnapshotRepository } from '../../db/repositories/backupSnapshotRepository';
import type { RemindersPlatform } from '../../platform/JournalPlatform';
import { errorText } from '../../../shared/app/errorText';

export interface PreparedRestore extends RestorePlan {
  readonly source: string;
  readonly header: BackupHeader;
}

export class BackupUnreadableError extends Error {
  override name = 'BackupUnreadableError';
}

/** Checks the backup whole (checksum, format, counts) and plans the restore, writing nothing. */
export async function prepareRestore(
  bytes: Uint8Array,
  source: string,
  repository: BackupSnapshotRepository,
  reminders: Pick<RemindersPlatform, 'list'>,
): Promise<PreparedRestore> {
  const verified = await verifyBackup(bytes);
  if (!verified.ok) throw new BackupUnreadableError(`This backup cannot be restored: ${verified.reason}.`);
  const { journal, header } = verified;
  const backup: JournalSnapshot = {
    people: journal.people,
    principleSettings: journal.principleSettings,
    reflections: journal.reflections,
    preparations: journal.preparations,
    reminders: journal.reminders,
  };
  const [index, active, views] = await Promise.all([
    repository.existingIndex(),
    repository.activeReflectionIds(),
    reminders.list(),
  ]);
  const existing = { ...index, reminderIds: new Set(views.map((view) => view.reminder.id)) };
  return { ...planRestore(backup, existing, active), source, header };
}

/** "3 new, 1 updated, 8 unchanged, 0 skipped", as the import preview says it. */
export function describeRestore({ plan }: PreparedRestore): string {
  const { reflections } = plan;
  return [
    `${formatCount(reflections.new.length)} new`,
    `${formatCount(reflections.updated.length)} updated`,
    `${formatCount(reflections.unchanged)} unchanged`,
    `${formatCount(reflections.skipped.length)} skipped`,
  ].join(', ');
}

/**
 * Writes the restore, then adds the follow-ups the journal lacks (they live with the reminders).
 * Returns the follow-ups that could not be added, in words.
 */
export async function applyRestore(
  prepared: PreparedRestore,
  repository: BackupSnapshotRepository,
  reminders: Pick<RemindersPlatform, 'upsert'>,
): Promise<string[]> {
  await repository.applyRestore(prepared.plan, prepared.toTrash);
  const refused: string[] = [];
  for (const reminder of prepared.plan.reminders.new) {
    await reminders.upsert(reminder).catch((error: unknown) => {
      refused.push(`${reminder.title}: ${errorText(error)}`);
    });
  }
  return refused;
}
