import { DAY_MS, formatWallClockMs, parseLocalDate, toWallClockMs } from '../domain/localDateTime';

/**
 * Calendar days for Progress, as `YYYY-MM-DD` strings. Arithmetic happens on whole days in the
 * wall-clock space of localDateTime.ts, never on instants, so a daylight-saving change cannot
 * move a reflection into another day, week or month.
 */
export type Day = string;
export type Granularity = 'week' | 'month';
/** 0 is Sunday, 1 Monday, as in Date#getDay and date-fns's weekStartsOn. */
export type WeekStartDay = 0 | 1 | 2 | 3 | 4 | 5 | 6;

// 1970-01-01, day number 0, was a Thursday.
const WEEKDAY_AT_EPOCH = 4;

export function dayNumber(day: Day): number {
  const parts = parseLocalDate(day);
  if (parts === null) throw new RangeError(`Not a day: ${day}`);
  return Math.round(toWallClockMs(parts) / DAY_MS);
}

export function dayFromNumber(value: number): Day {
  return formatWallClockMs(value * DAY_MS).slice(0, 10);
}

export function addDays(day: Day, days: number): Day {
  return dayFromNumber(dayNumber(day) + days);
}

export function daysBetween(from: Day, to: Day): number {
  return dayNumber(to) - dayNumber(from);
}

/** The same day of the month `months` later (or earlier), or the month's last day if it has none. */
export function addMonths(day: Day, months: number): Day {
  const parts = parseLocalDate(day);
  if (parts === null) throw new RangeError(`Not a day: ${day}`);
  const monthIndex = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const lastDay = dayNumber(firstOfMonth(year, month + 1)) - dayNumber(firstOfMonth(year, month));
  return formatDay(year, month, Math.min(parts.day, lastDay));
}

function formatDay(year: number, month: number, day: number): Day {
  return dayFromNumber(Math.round(toWallClockMs({ year, month, day }) / DAY_MS));
}

function firstOfMonth(year: number, month: number): Day {
  return formatDay(year + Math.floor((month - 1) / 12), ((month - 1) % 12) + 1, 1);
}

export function weekdayOf(day: Day): number {
  return (((dayNumber(day) + WEEKDAY_AT_EPOCH) % 7) + 7) % 7;
}

/** The first day of the week or month a day falls in. */
export function periodStartOf(day: Day, granularity: Granularity, weekStartsOn: WeekStartDay): Day {
  if (granularity === 'month') return `${day.slice(0, 7)}-01`;
  return addDays(day, -((weekdayOf(day) - weekStartsOn + 7) % 7));
}

export function nextPeriodStart(start: Day, granularity: Granularity): Day {
  return granularity === 'week' ? addDays(start, 7) : addMonths(start, 1);
}

/** Every period that overlaps [from, to], in order, by its first day. */
export function periodStarts(
  from: Day,
  to: Day,
  granularity: Granularity,
  weekStartsOn: WeekStartDay,
): Day[] {
  const starts: Day[] = [];
  for (let start = periodStartOf(from, granularity, weekStartsOn); start <= to;) {
    starts.push(start);
    start = nextPeriodStart(start, granularity);
  }
  return starts;
}
