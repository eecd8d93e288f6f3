import {
  DAY_MS,
  epochMsToLocalDateTime,
  deviceTimeZone,
  parseLocalDateTime,
  toWallClockMs,
  type LocalDateTime,
} from '../../../shared/domain/localDateTime';

const weekdayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** The zone this computer is in; week headings and "deleted on" dates are read in it. */
export function viewerTimeZone(): string {
  return deviceTimeZone();
}

/** "2 Mar 2026" for a wall-clock day counted from 1970-01-01 (the week headings' unit). */
export function formatDayNumber(day: number): string {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${monthNames[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/**
 * "Mon 2 Mar 2026, 09:30": the time as it was written where it happened. Formatted from the
 * parts, never through a Date in this computer's zone, so a DST gap here cannot shift it.
 */
export function formatLocalDateTime(value: LocalDateTime): string {
  const parts = parseLocalDateTime(value);
  if (parts === null) return value;
  return `${formatLocalDay(value)}, ${pad(parts.hour)}:${pad(parts.minute)}`;
}

/** "Mon 2 Mar 2026": the day of a wall-clock reading, in the same style as the journal's rows. */
export function formatLocalDay(value: LocalDateTime): string {
  const parts = parseLocalDateTime(value);
  if (parts === null) return value;
  const wallMs = toWallClockMs(parts);
  const weekday = weekdayNames[new Date(wallMs).getUTCDay()] ?? '';
  return `${weekday} ${formatDayNumber(Math.floor(wallMs / DAY_MS))}`;
}

/** "3 Mar 2026": the day an instant falls on in a zone (for Trash dates). */
export function formatInstantDay(epochMs: number, timeZone: string): string {
  const local = parseLocalDateTime(epochMsToLocalDateTime(epochMs, timeZone));
  if (local === null) return new Date(epochMs).toISOString().slice(0, 10);
  return formatDayNumber(Math.floor(toWallClockMs(local) / DAY_MS));
}
