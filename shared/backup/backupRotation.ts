import { calendarDayFromNumber, dayNumberOf, localPartsOf } from '../domain/localDateTime';

export interface RotationEntry {
  readonly name: string;
  /** ISO instant from the backup's header. */
  readonly createdAt: string;
  /** False when the header could not be read: such a file is never deleted by rotation. */
  readonly readable: boolean;
}

export const rotationPolicy = { daily: 7, weekly: 4, monthly: 12 } as const;

interface RotationInput {
  readonly backups: readonly RotationEntry[];
  /** The backup just written and read back whole (checksum and all), or null when that failed. */
  readonly newestVerified: string | null;
  readonly timeZone: string;
}

/** Monday-based weeks: the same week key for every day from a Monday to the Sunday after it. */
function weekKey(dayNumber: number): number {
  const weekday = calendarDayFromNumber(dayNumber).weekday;
  return dayNumber - ((weekday + 6) % 7);
}

/** The newest backup of each of the most recent `limit` periods that have one. */
function keepNewestPerPeriod(
  newestFirst: readonly RotationEntry[],
  periodOf: (entry: RotationEntry) => string,
  limit: number,
  keep: Set<string>,
): void {
  const periods = new Set<string>();
  for (const entry of newestFirst) {
    const period = periodOf(entry);
    if (periods.has(period)) continue;
    if (periods.size === limit) break;
    periods.add(period);
    keep.add(entry.name);
  }
}

/**
 * Which backups to delete: keep the newest of each of the last 7 days, 4 weeks and 12 months
 * that have backups (in local time). Nothing is deleted unless the newest backup is the one just
 * read back and verified, that one is always kept, and files whose header cannot be read are
 * left alone (they may be from a newer version, or worth a person's look).
 */
export function planRotation({ backups, newestVerified, timeZone }: RotationInput): string[] {
  if (newestVerified === null) return [];
  const readable = backups
    .filter((entry) => entry.readable && !Number.isNaN(Date.parse(entry.createdAt)))
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.name.localeCompare(a.name));
  if (readable[0]?.name !== newestVerified) return [];
  const dayOf = (entry: RotationEntry) => dayNumberOf(localPartsOf(Date.parse(entry.createdAt), timeZone));
  const keep = new Set<string>([newestVerified]);
  keepNewestPerPeriod(readable, (entry) => String(dayOf(entry)), rotationPolicy.daily, keep);
  keepNewestPerPeriod(readable, (entry) => String(weekKey(dayOf(entry))), rotationPolicy.weekly, keep);
  keepNewestPerPeriod(
    readable,
    (entry) => {
      const { year, month } = localPartsOf(Date.parse(entry.createdAt), timeZone);
      return `${year}-${month}`;
    },
    rotationPolicy.monthly,
    keep,
  );
  return readable.filter((entry) => !keep.has(entry.name)).map((entry) => entry.name);
}
