import type { DueGroup } from './collapseMissed';
import { startOfLocalDay, startOfLocalWeek } from '../domain/localDateTime';

export type HasReflectedSince = (instantMs: number) => Promise<boolean>;

async function hasReflectedSafely(hasReflectedSince: HasReflectedSince, since: number): Promise<boolean> {
  try {
    return await hasReflectedSince(since);
  } catch {
    return false;
  }
}

/**
 * Removes rhythm reminders whose purpose is already met: the person reflected since the start
 * of the local day (or Monday-based week) of the latest due occurrence, in the reminder's zone.
 * If the check fails we remind anyway; a redundant nudge beats a silently lost one.
 */
export async function dropAlreadyReflected(
  groups: readonly DueGroup[],
  hasReflectedSince: HasReflectedSince | undefined,
): Promise<DueGroup[]> {
  if (hasReflectedSince === undefined) return [...groups];
  const kept: DueGroup[] = [];
  for (const group of groups) {
    const { reminder, occurrences } = group;
    if (reminder.kind !== 'rhythm' || reminder.quietIfReflected === 'none') {
      kept.push(group);
      continue;
    }
    const latest = Math.max(...occurrences);
    const since =
      reminder.quietIfReflected === 'day'
        ? startOfLocalDay(latest, reminder.timeZone)
        : startOfLocalWeek(latest, reminder.timeZone);
    if (!(await hasReflectedSafely(hasReflectedSince, since))) kept.push(group);
  }
  return kept;
}
