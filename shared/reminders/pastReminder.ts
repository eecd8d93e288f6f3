import { isoInstant } from '../domain/localDateTime';
import { instantOfFiredKey } from './firedLog';
import { onceInstantOf } from './recurrence';
import type { Reminder } from './reminderSchema';

/**
 * When a one-off reminder fired, if it belongs on the "Past" list: it has no next time, and it
 * either has a fired key or its moment passed while it was neither paused nor done. The fired log
 * forgets after 60 days, so the scheduled moment stands in then. Repeating reminders are never
 * past; a one-off paused or finished before its moment stays with the others.
 */
export function firedAtOf(
  reminder: Reminder,
  fired: readonly string[],
  next: number | null,
  nowMs: number,
): string | null {
  const once = onceInstantOf(reminder);
  if (once === null || next !== null) return null;
  const prefix = `${reminder.id}@`;
  const firedInstants = fired
    .filter((key) => key.startsWith(prefix) && !key.slice(prefix.length).includes('@'))
    .map(instantOfFiredKey)
    .filter(Number.isFinite);
  if (firedInstants.length > 0) return isoInstant(Math.max(...firedInstants));
  if (reminder.paused || reminder.done || once > nowMs) return null;
  return isoInstant(once);
}
