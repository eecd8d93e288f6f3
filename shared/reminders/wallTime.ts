import { tzOffset } from '@date-fns/tz';

/** A calendar date with a 1-based month, independent of any zone. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** A local wall-clock time of day. */
export interface WallClock {
  hour: number;
  minute: number;
}

export interface LocalParts extends CalendarDay, WallClock {
  /** 0 = Sunday .. 6 = Saturday. */
  weekday: number;
}

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Offset in minutes east of UTC that `timeZone` uses at `instantMs`. */
function offsetAt(timeZone: string, instantMs: number): number {
  const offset = tzOffset(timeZone, new Date(instantMs));
  if (Number.isNaN(offset)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return offset;
}

/** The local date, time and weekday of an instant in `timeZone`; never depends on the process zone. */
export function localPartsOf(instantMs: number, timeZone: string): LocalParts {
  const shifted = new Date(instantMs + offsetAt(timeZone, instantMs) * MINUTE_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    weekday: shifted.getUTCDay(),
  };
}

/** Whole days since 1970-01-01 for a calendar day, so days can be iterated with integer steps. */
export function dayNumberOf(day: CalendarDay): number {
  return Math.round(Date.UTC(day.year, day.month - 1, day.day) / DAY_MS);
}

export function calendarDayFromNumber(dayNumber: number): CalendarDay & { weekday: number } {
  const date = new Date(dayNumber * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
  };
}

export function addCalendarDays(day: CalendarDay, days: number): CalendarDay & { weekday: number } {
  return calendarDayFromNumber(dayNumberOf(day) + days);
}

/** Parses a validated 'HH:mm' string. */
export function parseWallClock(time: string): WallClock {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { hour, minute };
}

/** Parses a validated 'yyyy-MM-dd' string. */
export function parseCalendarDay(date: string): CalendarDay {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day };
}

/**
 * The instant at which `clock` on `day` happens in `timeZone`.
 *
 * We resolve DST ourselves instead of using TZDate's constructor because TZDate moves a skipped
 * time forward by the gap length (02:30 -> 03:30) and picks either copy of a repeated time
 * depending on the process zone. Policy (docs/reminders-policy.md):
 * - a repeated wall time (fall-back) resolves to its first occurrence;
 * - a skipped wall time (spring-forward) resolves to the first valid minute after the gap.
 */
export function wallTimeToInstant(day: CalendarDay, clock: WallClock, timeZone: string): number {
  const key = `${timeZone}|${day.year}-${day.month}-${day.day}|${clock.hour}:${clock.minute}`;
  const cached = resolvedWallTimes.get(key);
  if (cached !== undefined) return cached;
  const instant = resolveWallTime(day, clock, timeZone);
  // Ticks recompute the same few days every minute; a small cache keeps that cheap.
  if (resolvedWallTimes.size >= WALL_TIME_CACHE_LIMIT) resolvedWallTimes.clear();
  resolvedWallTimes.set(key, instant);
  return instant;
}

const WALL_TIME_CACHE_LIMIT = 5000;
const resolvedWallTimes = new Map<string, number>();

function resolveWallTime(day: CalendarDay, clock: WallClock, timeZone: string): number {
  const asUtc = Date.UTC(day.year, day.month - 1, day.day, clock.hour, clock.minute);
  // Offsets a day either side cover every transition a single wall time can run into.
  const offsetBefore = offsetAt(timeZone, asUtc - DAY_MS);
  const offsetAfter = offsetAt(timeZone, asUtc + DAY_MS);
  const candidates = new Set([offsetBefore, offsetAt(timeZone, asUtc), offsetAfter]);
  const valid = [...candidates]
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((instant) => offsetAt(timeZone, instant) * MINUTE_MS === asUtc - instant);
  if (valid.length > 0) return Math.min(...valid);
  return firstInstantAfterGap(timeZone, asUtc - offsetAfter * MINUTE_MS, asUtc - offsetBefore * MINUTE_MS);
}

/**
 * Inside a gap, reading the wall time with the later offset lands before the transition and
 * with the earlier offset lands after it; bisect to the minute the offset changes.
 */
function firstInstantAfterGap(timeZone: string, beforeTransition: number, afterTransition: number): number {
  let low = Math.min(beforeTransition, afterTransition);
  let high = Math.max(beforeTransition, afterTransition);
  const lowOffset = offsetAt(timeZone, low);
  while (high - low > MINUTE_MS) {
    const middle = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(timeZone, middle) === lowOffset) low = middle;
    else high = middle;
  }
  return high;
}

/** Midnight at the start of the local day containing `instantMs` (DST policy applies if midnight is skipped). */
export function startOfLocalDay(instantMs: number, timeZone: string): number {
  return wallTimeToInstant(localPartsOf(instantMs, timeZone), { hour: 0, minute: 0 }, timeZone);
}

/** Midnight at the start of the local week (weeks start on Monday) containing `instantMs`. */
export function startOfLocalWeek(instantMs: number, timeZone: string): number {
  const local = localPartsOf(instantMs, timeZone);
  const daysSinceMonday = (local.weekday + 6) % 7;
  return wallTimeToInstant(addCalendarDays(local, -daysSinceMonday), { hour: 0, minute: 0 }, timeZone);
}
