import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Reminder, Schedule } from './reminderSchema';
import {
  calendarDayFromNumber,
  dayNumberOf,
  localPartsOf,
  parseCalendarDay,
  parseWallClock,
  wallTimeToInstant,
} from '../domain/localDateTime';

/** An instant as a Date or epoch milliseconds. */
export type Instant = Date | number;

/** What recurrence needs from a reminder: its wall-time schedule and the zone it is read in. */
export type ScheduledReminder = Pick<Reminder, 'schedule' | 'timeZone'>;

// A weekly schedule repeats within 7 days; a little extra covers a DST shift across the boundary.
const NEXT_SEARCH_DAYS = 9;

function toMs(instant: Instant): number {
  return typeof instant === 'number' ? instant : instant.getTime();
}

function fallsOn(schedule: Schedule, weekday: number): boolean {
  switch (schedule.type) {
    case 'daily':
      return true;
    case 'weekdays':
      return schedule.days.includes(weekday);
    case 'weekly':
      return schedule.day === weekday;
    case 'once':
      return false;
  }
}

/**
 * Occurrence instants of a repeating schedule on the local days `firstDay`..`lastDay` (day
 * numbers), in order. Recomputed from wall time + zone every call, so a zone change moves
 * every future occurrence.
 */
function* repeatingOccurrences(schedule: Schedule, timeZone: string, firstDay: number, lastDay: number) {
  const clock = parseWallClock(schedule.time);
  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber += 1) {
    const day = calendarDayFromNumber(dayNumber);
    if (fallsOn(schedule, day.weekday)) yield wallTimeToInstant(day, clock, timeZone);
  }
}

/** A one-off schedule's single instant, or null for repeating schedules. */
function onceInstant(schedule: Schedule, timeZone: string): number | null {
  if (schedule.type !== 'once') return null;
  return wallTimeToInstant(parseCalendarDay(schedule.date), parseWallClock(schedule.time), timeZone);
}

/** A one-off reminder's single instant in its own zone, or null for a repeating one. */
export function onceInstantOf(reminder: ScheduledReminder): number | null {
  return onceInstant(reminder.schedule, reminder.timeZone);
}

/** Occurrences in (afterExclusive, untilInclusive], oldest first. `timeZone` defaults to the reminder's. */
export function occurrencesBetween(
  reminder: ScheduledReminder,
  afterExclusive: Instant,
  untilInclusive: Instant,
  timeZone: string = reminder.timeZone,
): Date[] {
  const after = toMs(afterExclusive);
  const until = toMs(untilInclusive);
  if (!(until > after)) return [];
  const once = onceInstant(reminder.schedule, timeZone);
  if (once !== null) return once > after && once <= until ? [new Date(once)] : [];
  // One day of margin either side: a skipped wall time can move an occurrence across midnight.
  const firstDay = dayNumberOf(localPartsOf(after, timeZone)) - 1;
  const lastDay = dayNumberOf(localPartsOf(until, timeZone)) + 1;
  const found: Date[] = [];
  for (const instant of repeatingOccurrences(reminder.schedule, timeZone, firstDay, lastDay)) {
    if (instant > after && instant <= until) found.push(new Date(instant));
  }
  return found;
}

/** The first occurrence strictly after `after`, or null when a one-off reminder is in the past. */
export function nextOccurrence(
  reminder: ScheduledReminder,
  after: Instant,
  timeZone: string = reminder.timeZone,
): Date | null {
  const afterMs = toMs(after);
  const once = onceInstant(reminder.schedule, timeZone);
  if (once !== null) return once > afterMs ? new Date(once) : null;
  const firstDay = dayNumberOf(localPartsOf(afterMs, timeZone)) - 1;
  for (const instant of repeatingOccurrences(
    reminder.schedule,
    timeZone,
    firstDay,
    firstDay + NEXT_SEARCH_DAYS,
  )) {
    if (instant > afterMs) return new Date(instant);
  }
  return null;
}

/** "Mon 2 Dec, 17:30" in `timeZone`, whatever zone the process runs in. */
export function formatNextTime(date: Instant, timeZone: string): string {
  return format(date, 'EEE d MMM, HH:mm', { in: tz(timeZone) });
}
