import type { Day, WeekStartDay } from './progressCalendar';
import type { DayCount } from './streaksAndPeople';

// 1970-01-01, day number 0, was a Thursday.
const WEEKDAY_AT_EPOCH = 4;

/** The day number of the first day of the week a day number falls in. */
export function weekStartNumber(day: number, weekStartsOn: WeekStartDay): number {
  const weekday = (((day + WEEKDAY_AT_EPOCH) % 7) + 7) % 7;
  return day - ((weekday - weekStartsOn + 7) % 7);
}

export interface StreakRuns {
  readonly currentDays: number;
  readonly longestDays: number;
  readonly currentWeeks: number;
  readonly longestWeeks: number;
}

/**
 * Runs of consecutive days (and weeks) with a reflection, from how many each day has
 * (`counts[i]` for the day number `first + i`), in one pass over day numbers: no date is made
 * or parsed per day. A run still counts as current when today has none yet: the day is not over.
 */
export function streaksOfDayNumbers(
  counts: ArrayLike<number>,
  first: number,
  today: number,
  weekStartsOn: WeekStartDay,
): StreakRuns {
  let longestDays = 0;
  let longestWeeks = 0;
  let dayRun = 0;
  let weekRun = 0;
  let previousDay = Number.NaN;
  let previousWeek = Number.NaN;
  const marked = (day: number) =>
    day >= first && day - first < counts.length && (counts[day - first] ?? 0) > 0;
  const markedWeeks = new Set<number>();
  for (let index = 0; index < counts.length; index += 1) {
    if ((counts[index] ?? 0) <= 0) continue;
    const day = first + index;
    dayRun = day - previousDay === 1 ? dayRun + 1 : 1;
    longestDays = Math.max(longestDays, dayRun);
    previousDay = day;
    const week = weekStartNumber(day, weekStartsOn);
    if (week !== previousWeek) {
      weekRun = week - previousWeek === 7 ? weekRun + 1 : 1;
      longestWeeks = Math.max(longestWeeks, weekRun);
      previousWeek = week;
      markedWeeks.add(week);
    }
  }
  const currentRun = (has: (value: number) => boolean, from: number, step: number) => {
    let cursor = has(from) ? from : from - step;
    let run = 0;
    while (has(cursor)) {
      run += 1;
      cursor -= step;
    }
    return run;
  };
  return {
    currentDays: currentRun(marked, today, 1),
    longestDays,
    currentWeeks: currentRun((week) => markedWeeks.has(week), weekStartNumber(today, weekStartsOn), 7),
    longestWeeks,
  };
}

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;
const twoDigits = Array.from({ length: 32 }, (_, value) => String(value).padStart(2, '0'));

/** Every day from `from` on, one for each count, with its count: the heat map's squares, named by calendar alone. */
export function daysOfRange(from: Day, counts: ArrayLike<number>): DayCount[] {
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  let day = Number(from.slice(8, 10));
  let prefix = `${from.slice(0, 8)}`;
  const days: DayCount[] = [];
  for (let index = 0; index < counts.length; index += 1) {
    days.push({ day: `${prefix}${twoDigits[day] ?? ''}`, count: counts[index] ?? 0 });
    day += 1;
    if (day > daysInMonth(year, month)) {
      day = 1;
      month += 1;
      if (month > 12) {
        month = 1;
        year += 1;
      }
      prefix = `${String(year).padStart(4, '0')}-${twoDigits[month] ?? ''}-`;
    }
  }
  return days;
}
