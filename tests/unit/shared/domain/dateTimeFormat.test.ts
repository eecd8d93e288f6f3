import { describe, expect, it } from 'vitest';
import {
  datePattern,
  formatDateInput,
  formatDateTime,
  formatDateTimeInput,
  formatDateTimeWithoutYear,
  formatDay,
  formatDayRange,
  formatDayWithoutYear,
  formatMonth,
  formatTime,
  formatTimeInput,
  localeDateTimeStyle,
  readDateTimeFormatPreference,
  parseDateInput,
  parseDateTimeInput,
  parseTimeInput,
  resolveDateTimeStyle,
  timePattern,
  type DateTimeStyle,
} from '../../../../shared/domain/dateTimeFormat';
import { dateTimeFormatPreferenceSchema } from '../../../../shared/domain/dateTimeFormatPreferenceSchema';

const gb: DateTimeStyle = { hour12: false, order: 'dmy' };
const us: DateTimeStyle = { hour12: true, order: 'mdy' };
const iso: DateTimeStyle = { hour12: false, order: 'ymd' };
const march2 = { year: 2026, month: 3, day: 2 };

describe('what a language writes', () => {
  it.each([
    ['en-US', { hour12: true, order: 'mdy' }],
    ['en-GB', { hour12: false, order: 'dmy' }],
    ['de-DE', { hour12: false, order: 'dmy' }],
    ['ja-JP', { hour12: false, order: 'ymd' }],
  ])('%s', (locale, style) => {
    expect(localeDateTimeStyle(locale)).toEqual(style);
  });

  it('falls back to the journal look for a language Intl cannot read', () => {
    expect(localeDateTimeStyle('not a language tag!')).toEqual({ hour12: false, order: 'dmy' });
  });

  it('uses a choice over the language, part by part', () => {
    expect(resolveDateTimeStyle({ timeFormat: 'locale', dateOrder: 'locale' }, 'en-US')).toEqual(us);
    expect(resolveDateTimeStyle({ timeFormat: '24h', dateOrder: 'locale' }, 'en-US')).toEqual({
      hour12: false,
      order: 'mdy',
    });
    expect(resolveDateTimeStyle({ timeFormat: '12h', dateOrder: 'ymd' }, 'en-GB')).toEqual({
      hour12: true,
      order: 'ymd',
    });
    expect(resolveDateTimeStyle({ timeFormat: 'locale', dateOrder: 'dmy' }, 'ja-JP')).toEqual(gb);
  });

  it('accepts only the offered choices', () => {
    expect(dateTimeFormatPreferenceSchema.safeParse({ timeFormat: '12h', dateOrder: 'mdy' }).success).toBe(
      true,
    );
    expect(dateTimeFormatPreferenceSchema.safeParse({ timeFormat: '13h', dateOrder: 'mdy' }).success).toBe(
      false,
    );
    expect(dateTimeFormatPreferenceSchema.safeParse({ timeFormat: '12h' }).success).toBe(false);
  });

  it('reads a stored choice without zod by the same rule as the schema', () => {
    const candidates: unknown[] = [
      { timeFormat: '12h', dateOrder: 'mdy' },
      { timeFormat: 'locale', dateOrder: 'locale', extra: 1 },
      { timeFormat: '13h', dateOrder: 'mdy' },
      { timeFormat: '12h', dateOrder: 'dym' },
      { timeFormat: '12h' },
      { dateOrder: 'ymd' },
      '12h',
      ['12h', 'mdy'],
      null,
      undefined,
      42,
    ];
    for (const candidate of candidates) {
      const parsed = dateTimeFormatPreferenceSchema.safeParse(candidate);
      expect(readDateTimeFormatPreference(candidate)).toEqual(parsed.success ? parsed.data : null);
    }
  });
});

describe('display', () => {
  it('writes times on either clock, with midnight and noon as 12', () => {
    expect(formatTime({ hour: 9, minute: 5 }, gb)).toBe('09:05');
    expect(formatTime({ hour: 21, minute: 30 }, us)).toBe('9:30 pm');
    expect(formatTime({ hour: 0, minute: 0 }, us)).toBe('12:00 am');
    expect(formatTime({ hour: 12, minute: 0 }, us)).toBe('12:00 pm');
    expect(formatTime({ hour: 11, minute: 59 }, us)).toBe('11:59 am');
  });

  it('writes days in each order, with the weekday when asked', () => {
    expect(formatDay(march2, gb)).toBe('2 Mar 2026');
    expect(formatDay(march2, us)).toBe('Mar 2, 2026');
    expect(formatDay(march2, iso)).toBe('2026 Mar 2');
    expect(formatDay(march2, gb, { weekday: true })).toBe('Mon 2 Mar 2026');
    expect(formatDay(march2, us, { weekday: true })).toBe('Mon, Mar 2, 2026');
    expect(formatDayWithoutYear(march2, gb)).toBe('2 Mar');
    expect(formatDayWithoutYear(march2, iso)).toBe('Mar 2');
  });

  it('keeps the journal look under day-month-year and 24 hours', () => {
    expect(formatDateTime('2026-03-02T09:30', gb)).toBe('Mon 2 Mar 2026, 09:30');
    expect(formatDateTime('2026-03-02T21:30', us)).toBe('Mon, Mar 2, 2026, 9:30 pm');
    expect(formatDateTime('not a date', us)).toBe('not a date');
  });

  it('leaves the year out of a time soon to come', () => {
    expect(formatDateTimeWithoutYear('2026-03-02T17:30', gb)).toBe('Mon 2 Mar, 17:30');
    expect(formatDateTimeWithoutYear('2026-03-02T17:30', us)).toBe('Mon, Mar 2, 5:30 pm');
    expect(formatDateTimeWithoutYear('later', us)).toBe('later');
  });

  it('names the weekday from the wall clock, even on a DST night', () => {
    // 29 Mar 2026 02:30 does not exist in London; the row still says Sunday and 02:30.
    expect(formatDateTime('2026-03-29T02:30', gb)).toBe('Sun 29 Mar 2026, 02:30');
  });

  it('writes months and ranges', () => {
    expect(formatMonth({ year: 2026, month: 3 }, gb)).toBe('Mar 2026');
    expect(formatMonth({ year: 2026, month: 3 }, iso)).toBe('2026 Mar');
    expect(formatMonth({ year: 2026, month: 3 }, us, { twoDigitYear: true })).toBe('Mar 26');
    expect(formatDayRange(march2, { year: 2026, month: 3, day: 8 }, us)).toBe('Mar 2, 2026 to Mar 8, 2026');
    expect(formatDayRange(march2, march2, gb)).toBe('2 Mar 2026');
  });
});

describe('what a field shows', () => {
  it('shows stored values in the chosen form', () => {
    expect(formatDateInput('2026-03-02', gb)).toBe('02/03/2026');
    expect(formatDateInput('2026-03-02', us)).toBe('03/02/2026');
    expect(formatDateInput('2026-03-02', iso)).toBe('2026-03-02');
    expect(formatDateInput('', gb)).toBe('');
    expect(formatTimeInput('21:30', us)).toBe('9:30 pm');
    expect(formatTimeInput('21:30', gb)).toBe('21:30');
    expect(formatTimeInput('half past', gb)).toBe('half past');
    expect(formatDateTimeInput('2026-03-02T00:15', us)).toBe('03/02/2026 12:15 am');
    expect(formatDateTimeInput('', us)).toBe('');
  });

  it('hints at the form to type', () => {
    expect(datePattern(gb)).toBe('dd/mm/yyyy');
    expect(datePattern(us)).toBe('mm/dd/yyyy');
    expect(datePattern(iso)).toBe('yyyy-mm-dd');
    expect(timePattern(gb)).toBe('hh:mm');
    expect(timePattern(us)).toBe('hh:mm am/pm');
  });
});

describe('reading a typed time', () => {
  it.each([
    ['21:30', '21:30'],
    ['9:30 pm', '21:30'],
    ['9:30PM', '21:30'],
    ['9.30', '09:30'],
    ['9pm', '21:00'],
    ['9 p.m.', '21:00'],
    ['2130', '21:30'],
    ['12:00 am', '00:00'],
    ['12:00 pm', '12:00'],
    ['12:30 a', '00:30'],
    ['0:05', '00:05'],
    ['  07:45  ', '07:45'],
  ])('"%s" is %s', (typed, stored) => {
    expect(parseTimeInput(typed, us, 'Time')).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['', 'Time: no time written. Write it as hh:mm.'],
    ['soon', 'Time: "soon" is not a time. Write it as hh:mm.'],
    ['24:00', 'Time: a day has no hour 24. Write it as hh:mm.'],
    ['9:75', 'Time: an hour has no minute 75. Write it as hh:mm.'],
    ['13:00 pm', 'Time: 13 pm is not on a 12-hour clock. Write it as hh:mm.'],
    ['0:30 am', 'Time: 0 am is not on a 12-hour clock. Write it as hh:mm.'],
  ])('"%s" is refused with a message', (typed, message) => {
    expect(parseTimeInput(typed, gb, 'Time')).toEqual({ ok: false, message });
  });

  it('names the 12-hour form in messages under 12 hours', () => {
    expect(parseTimeInput('x', us, 'Start')).toEqual({
      ok: false,
      message: 'Start: "x" is not a time. Write it as hh:mm am/pm.',
    });
  });
});

describe('reading a typed date', () => {
  it('reads numbers in the chosen order', () => {
    expect(parseDateInput('2/3/2026', gb, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
    expect(parseDateInput('2/3/2026', us, 'Day')).toEqual({ ok: true, value: '2026-02-03' });
    expect(parseDateInput('2026/3/2', iso, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
    expect(parseDateInput('02.03.2026', gb, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
  });

  it('always reads the stored form, whatever the order', () => {
    expect(parseDateInput('2026-03-02', gb, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
    expect(parseDateInput('2026-03-02', us, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
  });

  it('reads a month by name in any position', () => {
    expect(parseDateInput('2 Mar 2026', us, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
    expect(parseDateInput('March 2, 2026', gb, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
    expect(parseDateInput('2026 Mar 2', gb, 'Day')).toEqual({ ok: true, value: '2026-03-02' });
  });

  it.each([
    ['30/02/2026', 'Day: there is no 30 February 2026. Write it as dd/mm/yyyy.'],
    ['29/02/2025', 'Day: there is no 29 February 2025. Write it as dd/mm/yyyy.'],
    ['02/13/2026', 'Day: there is no month 13. Write it as dd/mm/yyyy.'],
    ['2/3/26', 'Day: "2/3/26": write the year with four digits. Write it as dd/mm/yyyy.'],
    ['2/3', 'Day: "2/3": it needs a day, a month and a year. Write it as dd/mm/yyyy.'],
    ['2 Foo 2026', 'Day: "2 Foo 2026": "Foo" is not a month. Write it as dd/mm/yyyy.'],
    ['2 Mar 26', 'Day: "2 Mar 26": write the year with four digits. Write it as dd/mm/yyyy.'],
    ['2x/3/2026', 'Day: "2x/3/2026": it has letters where a number belongs. Write it as dd/mm/yyyy.'],
    ['', 'Day: no date written. Write it as dd/mm/yyyy.'],
  ])('"%s" is refused with a message', (typed, message) => {
    expect(parseDateInput(typed, gb, 'Day')).toEqual({ ok: false, message });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDateInput('29/02/2028', gb, 'Day')).toEqual({ ok: true, value: '2028-02-29' });
  });
});

describe('reading a typed date and time', () => {
  it.each([
    ['02/03/2026 21:30', gb, '2026-03-02T21:30'],
    ['03/02/2026 9:30 pm', us, '2026-03-02T21:30'],
    ['Mar 2, 2026, 9 am', us, '2026-03-02T09:00'],
    ['2026-03-02T21:30', us, '2026-03-02T21:30'],
    ['2026-03-02 21:30', gb, '2026-03-02T21:30'],
  ])('"%s"', (typed, style, stored) => {
    expect(parseDateTimeInput(typed, style, 'When')).toEqual({ ok: true, value: stored });
  });

  it.each([
    ['02/03/2026', 'When: it needs a time after the date. Write it as dd/mm/yyyy hh:mm.'],
    ['30/02/2026 10:00', 'When: there is no 30 February 2026. Write it as dd/mm/yyyy hh:mm.'],
    ['02/03/2026 25:00', 'When: a day has no hour 25. Write it as dd/mm/yyyy hh:mm.'],
    ['', 'When: no date or time written. Write it as dd/mm/yyyy hh:mm.'],
  ])('"%s" is refused with a message', (typed, message) => {
    expect(parseDateTimeInput(typed, gb, 'When')).toEqual({ ok: false, message });
  });
});
