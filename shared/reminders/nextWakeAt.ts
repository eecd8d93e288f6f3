import { deferPastQuietHours, quietHoursEndAfter } from './quietHours';
import { nextOccurrence } from './recurrence';
import type { QuietHours, Reminder, RemindersState } from './reminderSchema';

/**
 * When `reminder` will next actually fire: null if paused or done (or a past one-off), its
 * snooze if one is set, else its next occurrence; moved to the end of quiet hours if it falls
 * inside them. `quietZone` is the device zone that quiet hours are read in.
 */
export function nextFireAt(
  reminder: Reminder,
  quietHours: QuietHours,
  nowMs: number,
  quietZone: string,
): number | null {
  if (reminder.paused || reminder.done) return null;
  const next =
    reminder.snoozedUntil === undefined
      ? (nextOccurrence(reminder, nowMs)?.getTime() ?? null)
      : Date.parse(reminder.snoozedUntil);
  return next === null ? null : deferPastQuietHours(quietHours, next, quietZone);
}

/**
 * The earliest moment an evaluation could fire something, or null if nothing is scheduled.
 * Inside quiet hours their end counts too: occurrences held back during them fire then.
 */
export function nextWakeAt(state: RemindersState, nowMs: number, quietZone: string): number | null {
  const candidates = state.reminders
    .map((reminder) => nextFireAt(reminder, state.quietHours, nowMs, quietZone))
    .filter((instant) => instant !== null);
  const quietEnd = quietHoursEndAfter(state.quietHours, nowMs, quietZone);
  if (quietEnd !== null) candidates.push(quietEnd);
  return candidates.length > 0 ? Math.min(...candidates) : null;
}
