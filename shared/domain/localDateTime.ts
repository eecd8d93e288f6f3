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
const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

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

function offsetMs(timeZone: string, epochMs: number): number {
  const minutes = tzOffset(timeZone, new Date(epochMs));
  if (Number.isNaN(minutes)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return Math.round(minutes * MINUTE_MS);
}

/**
 * The instant a wall-clock reading denotes in a zone. Follows Temporal's "compatible" rule:
 * a repeated hour (autumn) resolves to the earlier instant, a skipped hour (spring) moves
 * forward by the length of the gap, so every reading someone typed maps to an instant.
 */
export function wallClockMsToEpochMs(wallMs: number, timeZone: string): number {
  const offsetBefore = offsetMs(timeZone, wallMs - DAY_MS);
  const offsetAfter = offsetMs(timeZone, wallMs + DAY_MS);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (epochMs) => epochMs + offsetMs(timeZone, epochMs) === wallMs,
  );
  return candidates.length === 0 ? wallMs - offsetBefore : Math.min(...candidates);
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
