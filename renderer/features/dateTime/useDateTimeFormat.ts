import { useContext, useMemo } from 'react';
import type { DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import * as journalDates from '../journal/formatJournalDate';
import { currentDateTimeStyle } from './currentDateTimeStyle';
import { DateTimeFormatContext } from './DateTimeFormatProvider';

/** The journal's date writers bound to the chosen format: what a page calls to show a date or time. */
export interface DateTimeFormatters {
  readonly style: DateTimeStyle;
  readonly dateTime: (value: string) => string;
  readonly day: (value: string) => string;
  readonly date: (value: string) => string;
  readonly time: (value: string) => string;
  readonly dayNumber: (day: number) => string;
  readonly instantDay: (epochMs: number, timeZone: string) => string;
  readonly month: (value: string, options?: { short?: boolean }) => string;
  readonly dayTick: (value: string) => string;
  readonly instantSoon: (epochMs: number, timeZone: string) => string;
}

export function bindDateTimeFormatters(style: DateTimeStyle): DateTimeFormatters {
  return {
    style,
    dateTime: (value) => journalDates.formatLocalDateTime(value, style),
    day: (value) => journalDates.formatLocalDay(value, style),
    date: (value) => journalDates.formatCalendarDate(value, style),
    time: (value) => journalDates.formatClockTime(value, style),
    dayNumber: (day) => journalDates.formatDayNumber(day, style),
    instantDay: (epochMs, timeZone) => journalDates.formatInstantDay(epochMs, timeZone, style),
    month: (value, options) => journalDates.formatMonthOf(value, options, style),
    dayTick: (value) => journalDates.formatDayTick(value, style),
    instantSoon: (epochMs, timeZone) => journalDates.formatInstantSoon(epochMs, timeZone, style),
  };
}

/**
 * The date and time format chosen in Settings, live: a page that shows dates takes its writers
 * from here and redraws when the choice changes. Outside the app's provider (a component tested
 * on its own) it follows the language.
 */
export function useDateTimeFormat(): DateTimeFormatters {
  const state = useContext(DateTimeFormatContext);
  const style = state?.style ?? currentDateTimeStyle();
  return useMemo(() => bindDateTimeFormatters(style), [style]);
}
