import type { DateOrder } from './dateTimeFormat';
import { addCalendarDays, isExistingDate, parseLocalDate, parseLocalDateTime } from './localDateTime';

/** Which kind of value a field holds, in its stored form: "2026-03-02", "21:30", "2026-03-02T21:30". */
export type DateTimeKind = 'date' | 'time' | 'datetime';
export type DateTimePart = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'meridiem';

const DATE_PARTS: Record<DateOrder, DateTimePart[]> = {
  dmy: ['day', 'month', 'year'],
  mdy: ['month', 'day', 'year'],
  ymd: ['year', 'month', 'day'],
};

/**
 * The part a caret sits in, counting the numbers (and am/pm) of the shown text in the order
 * the chosen format writes them: in "02/03/2026 9:30 pm" the fourth is the hour.
 */
export function partAtCaret(
  text: string,
  caret: number,
  kind: DateTimeKind,
  order: DateOrder,
): DateTimePart | null {
  const parts: DateTimePart[] = [
    ...(kind === 'time' ? [] : DATE_PARTS[order]),
    ...(kind === 'date' ? [] : (['hour', 'minute', 'meridiem'] as const)),
  ];
  const tokens = [...text.matchAll(/\d+|[ap]\.?m\.?/gi)];
  const index = tokens.findIndex((token) => caret <= token.index + token[0].length);
  // Past the last part, or in an empty field: the first part a person would change.
  return parts[index === -1 ? Math.max(tokens.length - 1, 0) : index] ?? null;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const wrap = (value: number, size: number) => ((value % size) + size) % size;

function stepTime(time: string, part: DateTimePart, delta: number): string {
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  if (part === 'minute') return `${pad(hour)}:${pad(wrap(minute + delta, 60))}`;
  const hours = part === 'meridiem' ? 12 : delta;
  return `${pad(wrap(hour + hours, 24))}:${pad(minute)}`;
}

function stepDate(date: string, part: DateTimePart, delta: number): string {
  const day = parseLocalDate(date);
  if (day === null) return date;
  if (part === 'day') {
    const next = addCalendarDays(day, delta);
    return `${pad(next.year, 4)}-${pad(next.month)}-${pad(next.day)}`;
  }
  const months = day.year * 12 + day.month - 1 + (part === 'year' ? delta * 12 : delta);
  const year = Math.floor(months / 12);
  const month = wrap(months, 12) + 1;
  // 31 Jan plus a month is the last day of February, not 3 March.
  let dayOfMonth = day.day;
  while (dayOfMonth > 28 && !isExistingDate({ year, month, day: dayOfMonth })) dayOfMonth -= 1;
  if (year < 1 || year > 9999) return date;
  return `${pad(year, 4)}-${pad(month)}-${pad(dayOfMonth)}`;
}

/** A stored value with one part moved up or down (arrow keys in a field); anything unreadable stays. */
export function stepDateTime(value: string, kind: DateTimeKind, part: DateTimePart, delta: number): string {
  const isTimePart = part === 'hour' || part === 'minute' || part === 'meridiem';
  if (kind === 'time')
    return /^\d{2}:\d{2}$/.test(value) && isTimePart ? stepTime(value, part, delta) : value;
  if (kind === 'date') return isTimePart ? value : stepDate(value, part, delta);
  if (parseLocalDateTime(value) === null) return value;
  const [date = '', time = ''] = value.split('T');
  return isTimePart ? `${date}T${stepTime(time, part, delta)}` : `${stepDate(date, part, delta)}T${time}`;
}
