import {
  isExistingDate,
  parseLocalDate,
  parseLocalDateTime,
  toWallClockMs,
  type CalendarDay,
  type LocalDateTime,
  type WallClock,
} from './localDateTime';

/** How the person wants times written; "locale" follows the computer's language. */
export const timeFormatPreferences = ['locale', '24h', '12h'] as const;
/** The order of day, month and year; "locale" follows the computer's language. */
export const dateOrderPreferences = ['locale', 'dmy', 'mdy', 'ymd'] as const;

export type TimeFormatPreference = (typeof timeFormatPreferences)[number];
export type DateOrderPreference = (typeof dateOrderPreferences)[number];
/** Checked on write by dateTimeFormatPreferenceSchema (its own module: the first rows need no zod). */
export type DateTimeFormatPreference = { timeFormat: TimeFormatPreference; dateOrder: DateOrderPreference };
export type DateOrder = Exclude<DateOrderPreference, 'locale'>;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);

/**
 * A stored choice as this build reads it, or null when it is not one (a newer build's, or
 * damaged). The same rule as dateTimeFormatPreferenceSchema (a test holds the two together),
 * without zod: the journal reads this before its first rows.
 */
export function readDateTimeFormatPreference(value: unknown): DateTimeFormatPreference | null {
  if (typeof value !== 'object' || value === null) return null;
  const { timeFormat, dateOrder } = value as Record<string, unknown>;
  return isOneOf(timeFormatPreferences, timeFormat) && isOneOf(dateOrderPreferences, dateOrder)
    ? { timeFormat, dateOrder }
    : null;
}

export const defaultDateTimeFormatPreference: DateTimeFormatPreference = {
  timeFormat: 'locale',
  dateOrder: 'locale',
};

export const timeFormatLabels: Record<TimeFormatPreference, string> = {
  locale: "Follow this computer's language",
  '24h': '24-hour',
  '12h': '12-hour',
};

export const dateOrderLabels: Record<DateOrderPreference, string> = {
  locale: "Follow this computer's language",
  dmy: 'Day month year',
  mdy: 'Month day year',
  ymd: 'Year month day',
};

/** A preference with "locale" resolved: what every display and input actually uses. */
export interface DateTimeStyle {
  readonly hour12: boolean;
  readonly order: DateOrder;
}

/** The journal's look before this choice existed, and what a language Intl cannot read gives. */
export const fallbackDateTimeStyle: DateTimeStyle = { hour12: false, order: 'dmy' };

/** What a language writes: its clock (from Intl's hour cycle) and its numeric date order. */
export function localeDateTimeStyle(locale: string): DateTimeStyle {
  try {
    const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric', timeZone: 'UTC' }).resolvedOptions()
      .hourCycle;
    const parts = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      timeZone: 'UTC',
    }).formatToParts(new Date(0));
    const order = parts
      .map((part) => part.type)
      .filter((type) => type === 'day' || type === 'month' || type === 'year')
      .map((type) => type[0])
      .join('');
    return {
      hour12: hourCycle === 'h11' || hourCycle === 'h12',
      order: order === 'mdy' || order === 'ymd' ? order : 'dmy',
    };
  } catch {
    return fallbackDateTimeStyle;
  }
}

/** `fromLocale` is the language's own style when the caller already knows it (Intl is slow to wake). */
export function resolveDateTimeStyle(
  preference: DateTimeFormatPreference,
  locale: string,
  fromLocale: DateTimeStyle = localeDateTimeStyle(locale),
): DateTimeStyle {
  return {
    hour12: preference.timeFormat === 'locale' ? fromLocale.hour12 : preference.timeFormat === '12h',
    order: preference.dateOrder === 'locale' ? fromLocale.order : preference.dateOrder,
  };
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const MONTHS_IN_FULL = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const monthName = (month: number) => MONTHS[month - 1] ?? '';
// From the wall-clock parts: a Date in this computer's zone could shift a day across a DST gap.
const weekdayOf = (day: CalendarDay) => WEEKDAYS[new Date(toWallClockMs(day)).getUTCDay()] ?? '';

/** "09:30" or "9:30 am"; 00:xx is "12:xx am" and 12:xx is "12:xx pm". */
export function formatTime(clock: WallClock, style: DateTimeStyle): string {
  if (!style.hour12) return `${pad(clock.hour)}:${pad(clock.minute)}`;
  const hour = clock.hour % 12 === 0 ? 12 : clock.hour % 12;
  return `${hour}:${pad(clock.minute)} ${clock.hour < 12 ? 'am' : 'pm'}`;
}

/** "2 Mar", "Mar 2": a day without its year (chart ticks). */
export function formatDayWithoutYear(day: CalendarDay, style: DateTimeStyle): string {
  return style.order === 'dmy' ? `${day.day} ${monthName(day.month)}` : `${monthName(day.month)} ${day.day}`;
}

/** "2 Mar 2026", "Mar 2, 2026", "2026 Mar 2"; with the weekday: "Mon 2 Mar 2026", "Mon, Mar 2, 2026". */
export function formatDay(
  day: CalendarDay,
  style: DateTimeStyle,
  options: { weekday?: boolean } = {},
): string {
  const date =
    style.order === 'dmy'
      ? `${day.day} ${monthName(day.month)} ${day.year}`
      : style.order === 'mdy'
        ? `${monthName(day.month)} ${day.day}, ${day.year}`
        : `${day.year} ${monthName(day.month)} ${day.day}`;
  if (options.weekday !== true) return date;
  return `${weekdayOf(day)}${style.order === 'mdy' ? ',' : ''} ${date}`;
}

/** "Mar 2026" or "2026 Mar"; `twoDigitYear` gives the short axis form "Mar 26". */
export function formatMonth(
  month: { year: number; month: number },
  style: DateTimeStyle,
  options: { twoDigitYear?: boolean } = {},
): string {
  const year = options.twoDigitYear === true ? pad(month.year % 100) : String(month.year);
  return style.order === 'ymd' ? `${year} ${monthName(month.month)}` : `${monthName(month.month)} ${year}`;
}

/** "Mon 2 Mar 2026, 09:30" or "Mon, Mar 2, 2026, 9:30 am"; anything unreadable is shown as stored. */
export function formatDateTime(value: LocalDateTime, style: DateTimeStyle): string {
  const parts = parseLocalDateTime(value);
  if (parts === null) return value;
  return `${formatDay(parts, style, { weekday: true })}, ${formatTime(parts, style)}`;
}

/** "Mon 2 Mar, 17:30" or "Mon, Mar 2, 5:30 pm": a time soon enough that its year goes without saying. */
export function formatDateTimeWithoutYear(value: LocalDateTime, style: DateTimeStyle): string {
  const parts = parseLocalDateTime(value);
  if (parts === null) return value;
  const separator = style.order === 'mdy' ? ',' : '';
  return `${weekdayOf(parts)}${separator} ${formatDayWithoutYear(parts, style)}, ${formatTime(parts, style)}`;
}

/** "2 Mar 2026 to 8 Mar 2026", or one day when both ends are the same. */
export function formatDayRange(from: CalendarDay, to: CalendarDay, style: DateTimeStyle): string {
  const start = formatDay(from, style);
  const end = formatDay(to, style);
  return start === end ? start : `${start} to ${end}`;
}

// ---- What a field shows and accepts ----

/** The hint a date field shows: "dd/mm/yyyy", "mm/dd/yyyy" or "yyyy-mm-dd". */
export function datePattern(style: DateTimeStyle): string {
  return style.order === 'dmy' ? 'dd/mm/yyyy' : style.order === 'mdy' ? 'mm/dd/yyyy' : 'yyyy-mm-dd';
}

export function timePattern(style: DateTimeStyle): string {
  return style.hour12 ? 'hh:mm am/pm' : 'hh:mm';
}

/** A stored "2026-03-02" as the field shows it: "02/03/2026", "03/02/2026" or "2026-03-02". */
export function formatDateInput(value: string, style: DateTimeStyle): string {
  const day = parseLocalDate(value);
  if (day === null) return value;
  const [dd, mm, yyyy] = [pad(day.day), pad(day.month), pad(day.year, 4)];
  return style.order === 'dmy'
    ? `${dd}/${mm}/${yyyy}`
    : style.order === 'mdy'
      ? `${mm}/${dd}/${yyyy}`
      : value;
}

/** A stored "21:30" as the field shows it: "21:30" or "9:30 pm". */
export function formatTimeInput(value: string, style: DateTimeStyle): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (match === null) return value;
  return formatTime({ hour: Number(match[1]), minute: Number(match[2]) }, style);
}

/** A stored "2026-03-02T21:30" as the field shows it: "02/03/2026 21:30". */
export function formatDateTimeInput(value: string, style: DateTimeStyle): string {
  const parts = parseLocalDateTime(value);
  if (parts === null) return value;
  return `${formatDateInput(value.slice(0, 10), style)} ${formatTime(parts, style)}`;
}

export type ParsedInput =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly message: string };

const TIME_PATTERN = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?$/i;
const COMPACT_TIME_PATTERN = /^(\d{1,2})(\d{2})\s*(?:([ap])\.?\s*m?\.?)?$/i;

type Read = { readonly value: string } | { readonly problem: string };

function readTime(text: string): Read {
  if (text === '') return { problem: 'no time written' };
  const match = TIME_PATTERN.exec(text) ?? COMPACT_TIME_PATTERN.exec(text);
  if (match === null) return { problem: `"${text}" is not a time` };
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[3]?.toLowerCase();
  if (minute > 59) return { problem: `an hour has no minute ${minute}` };
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return { problem: `${hour} ${meridiem}m is not on a 12-hour clock` };
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  } else if (hour > 23) {
    return { problem: `a day has no hour ${hour}` };
  }
  return { value: `${pad(hour)}:${pad(minute)}` };
}

const ORDER_POSITIONS: Record<DateOrder, [number, number, number]> = {
  // Where day, month and year sit among the three numbers.
  dmy: [0, 1, 2],
  mdy: [1, 0, 2],
  ymd: [2, 1, 0],
};

function monthFromName(token: string): number | null {
  const lower = token.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = MONTHS_IN_FULL.findIndex((name) => name.toLowerCase().startsWith(lower));
  return index === -1 ? null : index + 1;
}

function readDayParts(tokens: string[], style: DateTimeStyle): CalendarDay | string {
  if (tokens.length !== 3) return 'it needs a day, a month and a year';
  const named = tokens.findIndex((token) => /^[a-z]/i.test(token));
  if (named !== -1) {
    // "2 Mar 2026", "Mar 2, 2026", "2026 Mar 2": the name says which is the month.
    const month = monthFromName(tokens[named] ?? '');
    if (month === null) return `"${tokens[named] ?? ''}" is not a month`;
    const numbers = tokens.filter((_, index) => index !== named);
    if (!numbers.every((token) => /^\d+$/.test(token))) return 'it has letters where a number belongs';
    const yearIndex = numbers.findIndex((token) => token.length === 4);
    if (yearIndex === -1) return 'write the year with four digits';
    return { year: Number(numbers[yearIndex]), month, day: Number(numbers[1 - yearIndex]) };
  }
  if (!tokens.every((token) => /^\d+$/.test(token))) return 'it has letters where a number belongs';
  // Four digits first is always year-month-day, whatever the setting: the stored form is one.
  const [dayAt, monthAt, yearAt] =
    tokens[0]?.length === 4 ? ORDER_POSITIONS.ymd : ORDER_POSITIONS[style.order];
  const year = tokens[yearAt] ?? '';
  if (year.length !== 4) return 'write the year with four digits';
  return { year: Number(year), month: Number(tokens[monthAt]), day: Number(tokens[dayAt]) };
}

function readDate(text: string, style: DateTimeStyle): Read {
  if (text === '') return { problem: 'no date written' };
  const day = readDayParts(
    text.split(/[\s/.,-]+/).filter((token) => token !== ''),
    style,
  );
  if (typeof day === 'string') return { problem: `"${text}": ${day}` };
  if (day.month < 1 || day.month > 12) return { problem: `there is no month ${day.month}` };
  if (!isExistingDate(day)) {
    return { problem: `there is no ${day.day} ${MONTHS_IN_FULL[day.month - 1] ?? ''} ${day.year}` };
  }
  return { value: `${pad(day.year, 4)}-${pad(day.month)}-${pad(day.day)}` };
}

const TRAILING_TIME = /^(.*?)[\sT,]+(\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s*m?\.?)?)$/i;

function readDateTime(text: string, style: DateTimeStyle): Read {
  if (text === '') return { problem: 'no date or time written' };
  const match = TRAILING_TIME.exec(text);
  // A bare number at the end ("2/3/2026") is the year, not a time: a time needs ":" or am/pm.
  const timeText = match?.[2] ?? '';
  if (match === null || !/[:.h]|[ap]/i.test(timeText)) return { problem: 'it needs a time after the date' };
  const date = readDate((match[1] ?? '').trim(), style);
  if (!('value' in date)) return date;
  const time = readTime(timeText);
  if (!('value' in time)) return time;
  return { value: `${date.value}T${time.value}` };
}

function answer(read: Read, field: string, pattern: string): ParsedInput {
  return 'value' in read
    ? { ok: true, value: read.value }
    : { ok: false, message: `${field}: ${read.problem}. Write it as ${pattern}.` };
}

/**
 * Reads a time as people type it: "21:30", "9:30 pm", "9.30", "9pm", "2130". Every form is
 * understood whatever the setting, so a habit never meets a refusal; gives "HH:mm".
 */
export function parseTimeInput(text: string, style: DateTimeStyle, field: string): ParsedInput {
  return answer(readTime(text.trim()), field, timePattern(style));
}

/** Reads "02/03/2026" in the chosen order, "2026-03-02" always, "2 Mar 2026" too; gives "yyyy-MM-dd". */
export function parseDateInput(text: string, style: DateTimeStyle, field: string): ParsedInput {
  return answer(readDate(text.trim(), style), field, datePattern(style));
}

/** Reads a date and a time: "02/03/2026 21:30", "Mar 2, 2026 9:30 pm", "2026-03-02T21:30". */
export function parseDateTimeInput(text: string, style: DateTimeStyle, field: string): ParsedInput {
  return answer(readDateTime(text.trim(), style), field, `${datePattern(style)} ${timePattern(style)}`);
}
