import {
  formatDateTime,
  formatDateTimeWithoutYear,
  formatDay,
  formatDayWithoutYear,
  formatMonth,
  formatTimeInput,
  type DateTimeStyle,
} from '../../../shared/domain/dateTimeFormat';
import {
  calendarDayFromNumber,
  deviceTimeZone,
  epochMsToLocalDateTime,
  parseLocalDate,
  parseLocalDateTime,
  type LocalDateTime,
} from '../../../shared/domain/localDateTime';
import { currentDateTimeStyle } from '../dateTime/currentDateTimeStyle';

// Every function here writes in the format chosen in Settings ("Date and time"): pages take
// them bound to that choice from useDateTimeFormat(), code outside React calls them as they are.
// All work from wall-clock parts, never through a Date in this computer's zone, so a DST gap
// here cannot shift a reading written elsewhere.

/** The zone this computer is in; week headings and "deleted on" dates are read in it. */
export function viewerTimeZone(): string {
  return deviceTimeZone();
}

/** "2 Mar 2026" for a wall-clock day counted from 1970-01-01 (the week headings' unit). */
export function formatDayNumber(day: number, style: DateTimeStyle = currentDateTimeStyle()): string {
  return formatDay(calendarDayFromNumber(day), style);
}

/** "Mon 2 Mar 2026, 09:30": the time as it was written where it happened. */
export function formatLocalDateTime(
  value: LocalDateTime,
  style: DateTimeStyle = currentDateTimeStyle(),
): string {
  return formatDateTime(value, style);
}

/** "Mon 2 Mar 2026": the day of a wall-clock reading (or of a "2026-03-02"), as the journal's rows write it. */
export function formatLocalDay(value: LocalDateTime, style: DateTimeStyle = currentDateTimeStyle()): string {
  const parts = parseLocalDateTime(value) ?? parseLocalDate(value);
  return parts === null ? value : formatDay(parts, style, { weekday: true });
}

/** "2 Mar 2026" for a stored "2026-03-02". */
export function formatCalendarDate(value: string, style: DateTimeStyle = currentDateTimeStyle()): string {
  const parts = parseLocalDate(value);
  return parts === null ? value : formatDay(parts, style);
}

/** "17:30" or "5:30 pm" for a stored "17:30". */
export function formatClockTime(value: string, style: DateTimeStyle = currentDateTimeStyle()): string {
  return formatTimeInput(value, style);
}

/** "3 Mar 2026": the day an instant falls on in a zone (for Trash dates). */
export function formatInstantDay(
  epochMs: number,
  timeZone: string,
  style: DateTimeStyle = currentDateTimeStyle(),
): string {
  const local = parseLocalDateTime(epochMsToLocalDateTime(epochMs, timeZone));
  if (local === null) return new Date(epochMs).toISOString().slice(0, 10);
  return formatDay(local, style);
}

/** "Mar 2026" for the month of a stored "2026-03-02"; `short` gives the axis form "Mar 26". */
export function formatMonthOf(
  value: string,
  options: { short?: boolean } = {},
  style: DateTimeStyle = currentDateTimeStyle(),
): string {
  const parts = parseLocalDate(value);
  return parts === null ? value : formatMonth(parts, style, { twoDigitYear: options.short === true });
}

/** "2 Mar" or "Mar 2" for a stored "2026-03-02": a chart's week ticks. */
export function formatDayTick(value: string, style: DateTimeStyle = currentDateTimeStyle()): string {
  const parts = parseLocalDate(value);
  return parts === null ? value : formatDayWithoutYear(parts, style);
}

/** "Mon 2 Mar, 17:30": when an instant falls in a zone, for a reminder's next time. */
export function formatInstantSoon(
  epochMs: number,
  timeZone: string,
  style: DateTimeStyle = currentDateTimeStyle(),
): string {
  return formatDateTimeWithoutYear(epochMsToLocalDateTime(epochMs, timeZone), style);
}
