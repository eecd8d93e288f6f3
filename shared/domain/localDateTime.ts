import { tzOffset } from '@date-fns/tz';

/** A wall-clock date and time with no zone, as a person would write it: `2026-03-14T09:30`. */
export type LocalDateTime = string;

export interface LocalDateTimeParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const LOCAL_DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// The one set of time constants: the journal, reminders and charts all count with these.
export const SECOND_MS = 1_000;
export const MINUTE_MS = 60 * SECOND_MS;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** An instant as the ISO string every stored timestamp uses: `2024-03-31T01:30:00.000Z`. */
export function isoInstant(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** Reads the shape only; whether the date exists is a separate question (see isExistingDate). */
export function parseLocalDateTime(value: string): LocalDateTimeParts | null {
  const match = LOCAL_DATE_TIME_PATTERN.exec(value);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second] = match;
  return {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: second === undefined ? 0 : Number(second),
  };
}

export function parseLocalDate(value: string): Pick<LocalDateTimeParts, 'year' | 'month' | 'day'> | null {
  const match = LOCAL_DATE_PATTERN.exec(value);
  if (match === null) return null;
  const [, year, month, day] = match;
  return { year: Number(year), month: Number(month), day: Number(day) };
}

/**
 * Milliseconds of the wall-clock reading as if it were UTC. Local-date arithmetic happens in
 * this space so that adding a day never meets a DST jump. setUTCFullYear, because Date.UTC
 * maps years 0-99 to 1900-1999.
 */
export function toWallClockMs(
  parts: Partial<LocalDateTimeParts> & Pick<LocalDateTimeParts, 'year' | 'month' | 'day'>,
): number {
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0, 0);
  return date.getTime();
}

export function isExistingDate(parts: Pick<LocalDateTimeParts, 'year' | 'month' | 'day'>): boolean {
  // Only the date fields: a time such as 24:00 would otherwise roll over into the next day.
  const date = new Date(toWallClockMs({ year: parts.year, month: parts.month, day: parts.day }));
  return (
    parts.year >= 1 &&
    date.getUTCFullYear() === parts.year &&
    date.getUTCMonth() === parts.month - 1 &&
    date.getUTCDate() === parts.day
  );
}

export function isExistingTime(parts: Pick<LocalDateTimeParts, 'hour' | 'minute' | 'second'>): boolean {
  return parts.hour <= 23 && parts.minute <= 59 && parts.second <= 59;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Formats wall-clock milliseconds to minute precision, the precision the journal records. */
export function formatWallClockMs(wallMs: number): LocalDateTime {
  const date = new Date(wallMs);
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`
  );
}

const knownTimeZones = new Set<string>(['UTC']);
// IANA names start with a letter; newer engines also accept offsets such as "+01:00", which are not zones.
const TIME_ZONE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

export function isValidTimeZone(timeZone: string): boolean {
  if (knownTimeZones.has(timeZone)) return true;
  if (!TIME_ZONE_NAME_PATTERN.test(timeZone)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    return false;
  }
  knownTimeZones.add(timeZone);
  return true;
}

/**
 * The device's zone, validated: a runtime that reports nothing usable (or an offset such as
 * "+01:00", which does not follow daylight saving) counts as UTC rather than failing later.
 */
export function deviceTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : 'UTC';
}

function offsetMs(timeZone: string, epochMs: number): number {
  const minutes = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return Math.round(minutes * MINUTE_MS);
}

/**
 * The instant a wall-clock reading denotes in a zone: the one rule for the whole app
 * (docs/reminders-policy.md). Follows Temporal's "compatible" rule: a repeated hour (autumn)
 * resolves to the earlier instant, a skipped hour (spring) moves forward by the length of the
 * gap (02:30 on a spring-forward night is 03:30), so every reading someone typed maps to one
 * instant and a follow-up fires at the time the journal shows.
 */
export function wallClockMsToEpochMs(wallMs: number, timeZone: string): number {
  const steady = steadyOffsetAround(wallMs, timeZone);
  return steady === null ? wallClockMsToEpochMsFullPath(wallMs, timeZone) : wallMs - steady;
}

/**
 * The rule above worked out from the zone's offsets a day either side of the reading. Whenever
 * those two agree it comes to `wallMs - offset`, which is what `steadyOffsetAround` lets the fast
 * path take without asking Intl; exported so a test can hold the two to the same answers.
 */
export function wallClockMsToEpochMsFullPath(wallMs: number, timeZone: string): number {
  const offsetBefore = offsetMs(timeZone, wallMs - DAY_MS);
  const offsetAfter = offsetMs(timeZone, wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (epochMs) => epochMs + offsetMs(timeZone, epochMs) === wallMs,
  );
  return candidates.length === 0 ? wallMs - offsetBefore : Math.min(...candidates);
}

// Per zone, its offset at each UTC midnight asked for so far, keyed by the day's number. An import
// of 50,000 reflections converts each one's time for the list's order; four Intl look-ups a
// reflection were most of that, and a journal's reflections share a few thousand days.
const MIDNIGHT_OFFSETS_LIMIT = 20_000;
const midnightOffsets = new Map<string, Map<number, number>>();

function offsetAtUtcMidnight(timeZone: string, dayNumber: number): number {
  let zone = midnightOffsets.get(timeZone);
  if (zone === undefined) {
    zone = new Map();
    midnightOffsets.set(timeZone, zone);
  }
  let offset = zone.get(dayNumber);
  if (offset === undefined) {
    offset = offsetMs(timeZone, dayNumber * DAY_MS);
    if (zone.size >= MIDNIGHT_OFFSETS_LIMIT) zone.clear();
    zone.set(dayNumber, offset);
  }
  return offset;
}

/**
 * The zone's one offset from the UTC midnight before the day before `wallMs`'s (read as UTC) to
 * the midnight after the day after it, or null when the four midnights do not all agree. The
 * full rule reads the offset a day either side of `wallMs`, which lie inside those days. It
 * assumes a zone never changes its offset and back again between two UTC midnights (a change
 * and its reversal hours apart); a gap or an overlap near the reading takes the full path.
 */
function steadyOffsetAround(wallMs: number, timeZone: string): number | null {
  const day = Math.floor(wallMs / DAY_MS);
  const offset = offsetAtUtcMidnight(timeZone, day - 1);
  for (let next = day; next <= day + 2; next += 1) {
    if (offsetAtUtcMidnight(timeZone, next) !== offset) return null;
  }
  return offset;
}

export function localDateTimeToEpochMs(value: LocalDateTime, timeZone: string): number {
  const parts = parseLocalDateTime(value);
  if (parts === null || !isExistingDate(parts) || !isExistingTime(parts)) {
    throw new RangeError(`Not a local date-time: ${value}`);
  }
  return wallClockMsToEpochMs(toWallClockMs(parts), timeZone);
}

export function epochMsToLocalDateTime(epochMs: number, timeZone: string): LocalDateTime {
  return formatWallClockMs(epochMs + offsetMs(timeZone, epochMs));
}

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

/** The local date, time and weekday of an instant in `timeZone`; never depends on the process zone. */
export function localPartsOf(instantMs: number, timeZone: string): LocalParts {
  const shifted = new Date(instantMs + offsetMs(timeZone, instantMs));
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
  // Only the date fields: callers often pass LocalParts, whose hour would round into the next day.
  return Math.round(toWallClockMs({ year: day.year, month: day.month, day: day.day }) / DAY_MS);
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

const WALL_TIME_CACHE_LIMIT = 5000;
const resolvedWallTimes = new Map<string, number>();

/** The instant at which `clock` on `day` happens in `timeZone`, by the same rule as the journal. */
export function wallTimeToInstant(day: CalendarDay, clock: WallClock, timeZone: string): number {
  const key = `${timeZone}|${day.year}-${day.month}-${day.day}|${clock.hour}:${clock.minute}`;
  const cached = resolvedWallTimes.get(key);
  if (cached !== undefined) return cached;
  const wallMs = toWallClockMs({ year: day.year, month: day.month, day: day.day, ...clock });
  const instant = wallClockMsToEpochMs(wallMs, timeZone);
  // Reminder ticks recompute the same few days every minute; a small cache keeps that cheap.
  if (resolvedWallTimes.size >= WALL_TIME_CACHE_LIMIT) resolvedWallTimes.clear();
  resolvedWallTimes.set(key, instant);
  return instant;
}

/** Midnight at the start of the local day containing `instantMs` (a skipped midnight moves forward). */
export function startOfLocalDay(instantMs: number, timeZone: string): number {
  return wallTimeToInstant(localPartsOf(instantMs, timeZone), { hour: 0, minute: 0 }, timeZone);
}

/** Midnight at the start of the local week (weeks start on Monday) containing `instantMs`. */
export function startOfLocalWeek(instantMs: number, timeZone: string): number {
  const local = localPartsOf(instantMs, timeZone);
  const daysSinceMonday = (local.weekday + 6) % 7;
  return wallTimeToInstant(addCalendarDays(local, -daysSinceMonday), { hour: 0, minute: 0 }, timeZone);
}
