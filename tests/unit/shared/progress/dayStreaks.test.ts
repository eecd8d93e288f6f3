import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../../../shared/domain/seededRandom';
import { daysOfRange, streaksOfDayNumbers } from '../../../../shared/progress/dayStreaks';
import {
  addDays,
  dayNumber,
  daysBetween,
  periodStartOf,
  type Day,
  type WeekStartDay,
} from '../../../../shared/progress/progressCalendar';

/** The runs the plain way: sets of days and weeks, and calendar arithmetic per step. */
function plainRuns(marked: readonly Day[], today: Day, weekStartsOn: WeekStartDay) {
  const sorted = [...new Set(marked)].sort();
  const weeks = [...new Set(sorted.map((day) => periodStartOf(day, 'week', weekStartsOn)))];
  const current = (set: Set<Day>, from: Day, step: number) => {
    let cursor = set.has(from) ? from : addDays(from, -step);
    let run = 0;
    while (set.has(cursor)) {
      run += 1;
      cursor = addDays(cursor, -step);
    }
    return run;
  };
  const longest = (list: readonly Day[], step: number) => {
    let best = 0;
    let run = 0;
    list.forEach((day, index) => {
      const previous = list[index - 1];
      run = previous !== undefined && daysBetween(previous, day) === step ? run + 1 : 1;
      best = Math.max(best, run);
    });
    return best;
  };
  return {
    currentDays: current(new Set(sorted), today, 1),
    longestDays: longest(sorted, 1),
    currentWeeks: current(new Set(weeks), periodStartOf(today, 'week', weekStartsOn), 7),
    longestWeeks: longest(weeks, 7),
  };
}

describe('streaks over day numbers', () => {
  it('match the runs counted the plain way, on random days across a year end', () => {
    const random = createSeededRandom(14);
    for (let trial = 0; trial < 60; trial += 1) {
      const from = addDays('2025-11-01', random.int(0, 40));
      const length = random.int(1, 150);
      const density = random.next();
      const counts = Array.from({ length }, () => (random.chance(density) ? random.int(1, 3) : 0));
      const marked = counts.flatMap((count, index) => (count > 0 ? [addDays(from, index)] : []));
      const today = addDays(from, random.int(length - 3, length + 2));
      const weekStartsOn = random.int(0, 6) as WeekStartDay;
      expect(
        streaksOfDayNumbers(counts, dayNumber(from), dayNumber(today), weekStartsOn),
        JSON.stringify({ from, counts, today, weekStartsOn }),
      ).toEqual(plainRuns(marked, today, weekStartsOn));
    }
  });

  it('names every day of a range by the calendar, through leap days and year ends', () => {
    const from = '2023-12-30';
    const counts = Array.from({ length: 800 }, (_, index) => index % 5);
    const days = daysOfRange(from, counts);
    expect(days).toEqual(counts.map((count, index) => ({ day: addDays(from, index), count })));
    expect(days.map(({ day }) => day)).toContain('2024-02-29');
  });
});
