import type { QuietHours } from './reminderSchema';
import {
  MINUTE_MS,
  addCalendarDays,
  localPartsOf,
  parseWallClock,
  wallTimeToInstant,
} from '../domain/localDateTime';

function minutesOfDay(time: string): number {
  const clock = parseWallClock(time);
  return clock.hour * 60 + clock.minute;
}

/**
 * Whether `instantMs` falls inside quiet hours read in `timeZone`. The window includes its start
 * and excludes its end, and wraps midnight when start > end (22:00 to 07:00). start == end is
 * an empty window rather than a whole silent day, so a mis-set control cannot mute everything.
 */
export function isInQuietHours(quiet: QuietHours, instantMs: number, timeZone: string): boolean {
  if (!quiet.enabled) return false;
  const start = minutesOfDay(quiet.start);
  const end = minutesOfDay(quiet.end);
  const local = localPartsOf(instantMs, timeZone);
  const minute = local.hour * 60 + local.minute;
  if (start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

/** When the quiet hours containing `instantMs` end, or null if it is not inside them. */
export function quietHoursEndAfter(quiet: QuietHours, instantMs: number, timeZone: string): number | null {
  if (!isInQuietHours(quiet, instantMs, timeZone)) return null;
  const local = localPartsOf(instantMs, timeZone);
  const minutesLeft = minutesOfDay(quiet.end) - (local.hour * 60 + local.minute);
  const endsToday = minutesLeft > 0;
  const end = wallTimeToInstant(
    addCalendarDays(local, endsToday ? 0 : 1),
    parseWallClock(quiet.end),
    timeZone,
  );
  // In the repeated hour of a fall-back night the first copy of the end time is already behind us.
  return end > instantMs ? end : (Math.floor(instantMs / MINUTE_MS) + minutesLeft) * MINUTE_MS;
}

/** `instantMs` itself, or the end of the quiet hours it falls in: when something due may actually fire. */
export function deferPastQuietHours(quiet: QuietHours, instantMs: number, timeZone: string): number {
  return quietHoursEndAfter(quiet, instantMs, timeZone) ?? instantMs;
}
