import { describe, expect, it } from 'vitest';
import { localDateTimeToEpochMs } from '../../../../shared/domain/localDateTime';
import {
  formatDayNumber,
  formatInstantDay,
  formatLocalDateTime,
  formatLocalDay,
} from '../../../../renderer/features/journal/formatJournalDate';
import {
  createLocalWeekStartFinder,
  createWeekStartFinder,
  formatWeekHeading,
  groupByWeek,
  startsWeek,
} from '../../../../renderer/features/journal/localWeeks';

const at = (local: string, zone: string) => localDateTimeToEpochMs(local, zone);

describe('weeks in the journal', () => {
  it('starts weeks on Monday in the local zone', () => {
    const weekOf = createWeekStartFinder('Europe/London');
    const monday = weekOf(at('2026-03-02T00:00', 'Europe/London'));
    expect(formatWeekHeading(monday)).toBe('Week of 2 Mar 2026');
    expect(weekOf(at('2026-03-08T23:59', 'Europe/London'))).toBe(monday);
    expect(formatWeekHeading(weekOf(at('2026-03-01T23:59', 'Europe/London')))).toBe('Week of 23 Feb 2026');
  });

  it('starts weeks on the day set as the first day of the week', () => {
    // Sunday 8 March 2026 and the Saturday before it, in London.
    const sunday = at('2026-03-08T10:00', 'Europe/London');
    const saturday = at('2026-03-07T23:30', 'Europe/London');
    const bySunday = createWeekStartFinder('Europe/London', 0);
    expect(formatWeekHeading(bySunday(sunday))).toBe('Week of 8 Mar 2026');
    expect(formatWeekHeading(bySunday(saturday))).toBe('Week of 1 Mar 2026');
    const bySaturday = createWeekStartFinder('Europe/London', 6);
    expect(formatWeekHeading(bySaturday(sunday))).toBe('Week of 7 Mar 2026');
    expect(formatWeekHeading(bySaturday(saturday))).toBe('Week of 7 Mar 2026');
    const byMonday = createWeekStartFinder('Europe/London', 1);
    expect(formatWeekHeading(byMonday(sunday))).toBe('Week of 2 Mar 2026');
    // The same rule for this computer's own zone, which the journal list uses.
    const local = createLocalWeekStartFinder(0);
    const localSunday = new Date(2026, 2, 8, 10).getTime();
    expect(formatWeekHeading(local(localSunday))).toBe('Week of 8 Mar 2026');
    expect(formatWeekHeading(createLocalWeekStartFinder()(localSunday))).toBe('Week of 2 Mar 2026');
  });

  it('reads the week in the zone it is asked for, not UTC', () => {
    // Monday 00:30 in Berlin (UTC+1 in March) is still Sunday in UTC.
    const instant = at('2026-03-09T00:30', 'Europe/Berlin');
    expect(formatWeekHeading(createWeekStartFinder('Europe/Berlin')(instant))).toBe('Week of 9 Mar 2026');
    expect(formatWeekHeading(createWeekStartFinder('UTC')(instant))).toBe('Week of 2 Mar 2026');
    // Sunday 20:00 in New York is already Monday in UTC.
    const evening = at('2026-03-08T20:00', 'America/New_York');
    expect(formatWeekHeading(createWeekStartFinder('America/New_York')(evening))).toBe('Week of 2 Mar 2026');
  });

  it('keeps a week whole across a DST change and across a year end', () => {
    const weekOf = createWeekStartFinder('Europe/Berlin');
    // Clocks went forward on Sunday 29 March 2026.
    expect(weekOf(at('2026-03-23T00:00', 'Europe/Berlin'))).toBe(
      weekOf(at('2026-03-29T23:30', 'Europe/Berlin')),
    );
    expect(weekOf(at('2026-03-30T00:00', 'Europe/Berlin'))).not.toBe(
      weekOf(at('2026-03-29T23:30', 'Europe/Berlin')),
    );
    expect(formatWeekHeading(weekOf(at('2027-01-01T10:00', 'Europe/Berlin')))).toBe('Week of 28 Dec 2026');
  });

  it('groups a newest-first list into weeks, each with its heading', () => {
    const weekOf = createWeekStartFinder('UTC');
    const instants = ['2026-03-04T10:00', '2026-03-02T09:00', '2026-03-01T18:00', '2026-02-16T08:00'].map(
      (local) => at(local, 'UTC'),
    );
    const groups = groupByWeek(instants, (ms) => ms, weekOf);
    expect(groups.map(({ heading, items }) => [heading, items.length])).toEqual([
      ['Week of 2 Mar 2026', 2],
      ['Week of 23 Feb 2026', 1],
      ['Week of 16 Feb 2026', 1],
    ]);
    const starts = instants.map(weekOf);
    expect(starts.map((_, index) => startsWeek(starts, index))).toEqual([true, false, true, true]);
  });
});

describe('journal dates', () => {
  it('formats the time as written, with its weekday', () => {
    expect(formatLocalDateTime('2026-03-02T09:05')).toBe('Mon 2 Mar 2026, 09:05');
    expect(formatLocalDateTime('2024-02-29T23:59')).toBe('Thu 29 Feb 2024, 23:59');
    expect(formatLocalDay('2024-02-29T23:59')).toBe('Thu 29 Feb 2024');
  });

  it('formats days and instants in a zone', () => {
    expect(formatDayNumber(0)).toBe('1 Jan 1970');
    expect(formatInstantDay(Date.parse('2026-03-31T23:30:00Z'), 'Europe/Berlin')).toBe('1 Apr 2026');
    expect(formatInstantDay(Date.parse('2026-03-31T23:30:00Z'), 'UTC')).toBe('31 Mar 2026');
  });
});
