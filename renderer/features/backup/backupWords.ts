import type { BackupCounts } from '../../../shared/backup/backupHeader';
import { DAY_MS, epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import { formatCount } from '../../app/formatCount';
import { formatLocalDateTime, viewerTimeZone } from '../journal/formatJournalDate';

/** The browser build reminds the person once the last backup is older than this. */
export const BACKUP_REMINDER_AGE_MS = 7 * DAY_MS;

/** "Sun 6 Dec 2026, 09:30" in this computer's zone. */
export function formatBackupDate(createdAt: string): string {
  const ms = Date.parse(createdAt);
  return Number.isNaN(ms) ? createdAt : formatLocalDateTime(epochMsToLocalDateTime(ms, viewerTimeZone()));
}

const plural = (count: number, one: string, many: string) =>
  `${formatCount(count)} ${count === 1 ? one : many}`;

/** "12 reflections (2 in the Trash), 3 people". */
export function describeCounts(counts: BackupCounts): string {
  const trash = counts.inTrash > 0 ? ` (${formatCount(counts.inTrash)} in the Trash)` : '';
  return `${plural(counts.reflections, 'reflection', 'reflections')}${trash}, ${plural(counts.people, 'person', 'people')}`;
}

export function isBackupOld(createdAt: string | null, now: Date): boolean {
  if (createdAt === null) return true;
  const ms = Date.parse(createdAt);
  return Number.isNaN(ms) || now.getTime() - ms > BACKUP_REMINDER_AGE_MS;
}
