import type { DueGroup } from './collapseMissed';
import { firedKey } from './firedLog';
import { occurrencesBetween } from './recurrence';
import type { RemindersState } from './reminderSchema';
import { DAY_MS } from '../domain/localDateTime';

/** Catch-up never looks further back than this, which bounds the work after a very long absence. */
export const CATCH_UP_LIMIT_DAYS = 366;

/**
 * Per active reminder, the instants that became due in its window and have not fired yet.
 * The window runs from the last evaluation (or the reminder's creation, if later) to now, so
 * everything is recomputed from stored instants and nothing depends on a timer firing on time.
 * An elapsed snooze counts as one occurrence at snoozedUntil and swallows the regular
 * occurrences before it; a pending snooze silences the reminder until it elapses.
 */
export function collectDue(state: RemindersState, nowMs: number): DueGroup[] {
  const fired = new Set(state.fired);
  const lastEvaluated = state.lastEvaluatedAt === null ? -Infinity : Date.parse(state.lastEvaluatedAt);
  const lookbackFloor = nowMs - CATCH_UP_LIMIT_DAYS * DAY_MS;
  const groups: DueGroup[] = [];
  for (const reminder of state.reminders) {
    if (reminder.paused || reminder.done) continue;
    const snoozedUntil = reminder.snoozedUntil === undefined ? null : Date.parse(reminder.snoozedUntil);
    if (snoozedUntil !== null && snoozedUntil > nowMs) continue;
    let windowStart = Math.max(lastEvaluated, Date.parse(reminder.createdAt), lookbackFloor);
    const instants: number[] = [];
    if (snoozedUntil !== null) {
      instants.push(snoozedUntil);
      windowStart = Math.max(windowStart, snoozedUntil);
    }
    for (const occurrence of occurrencesBetween(reminder, windowStart, nowMs)) {
      instants.push(occurrence.getTime());
    }
    const occurrences = instants.filter((instant) => !fired.has(firedKey(reminder.id, instant)));
    if (occurrences.length > 0) groups.push({ reminder, occurrences });
  }
  return groups;
}
