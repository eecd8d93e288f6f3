import { tzOffset } from '@date-fns/tz';
import { DAY_MS, MINUTE_MS } from '../../../shared/domain/localDateTime';
import type { WeekStartDay } from '../../../shared/progress/progressCalendar';
import type { DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import { currentDateTimeStyle } from '../dateTime/currentDateTimeStyle';
import { formatDayNumber } from './formatJournalDate';

// Real zones change their offset on quarter-hour boundaries, so one lookup per quarter hour is exact.
const QUARTER_HOUR_MS = 15 * MINUTE_MS;
// 1970-01-01 was a Thursday (weekday 4, counting Sunday as 0, as WeekStartDay does).
const WEEKDAY_AT_EPOCH = 4;

/**
 * Returns a function giving the first day (as a wall-clock day number from 1970-01-01) of the
 * week an instant falls in, in `timeZone`, weeks starting on `weekStartsOn` (the "First day of
 * the week" setting; Monday unless given). Grouping by the instant, not by the time as typed,
 * keeps each week contiguous in a list ordered by instant even when reflections were written
 * in different zones. Offsets are cached: a 50,000-row journal spans far fewer quarter hours.
 */
export function createWeekStartFinder(
  timeZone: string,
  weekStartsOn: WeekStartDay = 1,
): (epochMs: number) => number {
  return weekStartFinder((epochMs) => tzOffset(timeZone, new Date(epochMs)), weekStartsOn);
}

/**
 * The same for this computer's own zone, from Date's offsets. The journal's first page uses
 * it: the first Intl time-zone formatter of a session loads locale data, which cost 60 to
 * 150 ms before the first rows could paint.
 */
export function createLocalWeekStartFinder(weekStartsOn: WeekStartDay = 1): (epochMs: number) => number {
  return weekStartFinder((epochMs) => -new Date(epochMs).getTimezoneOffset(), weekStartsOn);
}

function weekStartFinder(
  offsetMinutesAt: (epochMs: number) => number,
  weekStartsOn: WeekStartDay,
): (epochMs: number) => number {
  const offsetByQuarterHour = new Map<number, number>();
  return (epochMs) => {
    const quarter = Math.floor(epochMs / QUARTER_HOUR_MS);
    let offsetMs = offsetByQuarterHour.get(quarter);
    if (offsetMs === undefined) {
      const minutes = offsetMinutesAt(epochMs);
      offsetMs = Number.isNaN(minutes) ? 0 : Math.round(minutes * MINUTE_MS);
      offsetByQuarterHour.set(quarter, offsetMs);
    }
    const day = Math.floor((epochMs + offsetMs) / DAY_MS);
    const daysSinceWeekStart = (((day + WEEKDAY_AT_EPOCH - weekStartsOn) % 7) + 7) % 7;
    return day - daysSinceWeekStart;
  };
}

/** The heading above the first row of each week. */
export function formatWeekHeading(
  weekStartDay: number,
  style: DateTimeStyle = currentDateTimeStyle(),
): string {
  return `Week of ${formatDayNumber(weekStartDay, style)}`;
}

/** Whether the row at `index` starts a new week in a newest-first list of week starts. */
export function startsWeek(weekStarts: readonly number[], index: number): boolean {
  return index === 0 || weekStarts[index] !== weekStarts[index - 1];
}

/** Plain grouping for lists that are not virtualized, and for tests of the rule itself. */
export function groupByWeek<T>(
  items: readonly T[],
  epochMsOf: (item: T) => number,
  weekStartOf: (epochMs: number) => number,
): Array<{ weekStart: number; heading: string; items: T[] }> {
  const groups: Array<{ weekStart: number; heading: string; items: T[] }> = [];
  for (const item of items) {
    const weekStart = weekStartOf(epochMsOf(item));
    const current = groups.at(-1);
    if (current?.weekStart === weekStart) current.items.push(item);
    else groups.push({ weekStart, heading: formatWeekHeading(weekStart), items: [item] });
  }
  return groups;
}
