import { describe, expect, it } from 'vitest';
import { formatNextTime, nextOccurrence, occurrencesBetween } from '../../../../shared/reminders/recurrence';
import type { Schedule } from '../../../../shared/reminders/reminderSchema';

const NEW_YORK = 'America/New_York';
const isoList = (dates: Date[]) => dates.map((date) => date.toISOString());
const inNewYork = (schedule: Schedule) => ({ schedule, timeZone: NEW_YORK });

// Mon 2 Dec 2024 .. Sun 8 Dec 2024; New York is on EST (UTC-5) all week.
const WEEK_START = '2024-12-02T05:00:00.000Z';
const WEEK_END = '2024-12-09T05:00:00.000Z';

describe('occurrencesBetween', () => {
  it('gives a daily reminder once per local day at its wall time', () => {
    const found = occurrencesBetween(
      inNewYork({ type: 'daily', time: '17:30' }),
      new Date(WEEK_START),
      new Date(WEEK_END),
    );
    expect(found).toHaveLength(7);
    expect(found[0]?.toISOString()).toBe('2024-12-02T22:30:00.000Z');
    expect(found[6]?.toISOString()).toBe('2024-12-08T22:30:00.000Z');
  });

  it('gives a weekdays reminder only on the listed days', () => {
    const found = occurrencesBetween(
      inNewYork({ type: 'weekdays', days: [1, 3, 5], time: '08:00' }),
      Date.parse(WEEK_START),
      Date.parse(WEEK_END),
    );
    expect(isoList(found)).toEqual([
      '2024-12-02T13:00:00.000Z',
      '2024-12-04T13:00:00.000Z',
      '2024-12-06T13:00:00.000Z',
    ]);
  });

  it('gives a weekly reminder on its weekday only, including Sunday as day 0', () => {
    const found = occurrencesBetween(
      inNewYork({ type: 'weekly', day: 0, time: '20:00' }),
      Date.parse(WEEK_START),
      Date.parse('2024-12-23T05:00:00.000Z'),
    );
    expect(isoList(found)).toEqual([
      '2024-12-09T01:00:00.000Z',
      '2024-12-16T01:00:00.000Z',
      '2024-12-23T01:00:00.000Z',
    ]);
  });

  it('gives a once reminder exactly once, on its date', () => {
    const reminder = inNewYork({ type: 'once', date: '2024-12-05', time: '09:45' });
    expect(isoList(occurrencesBetween(reminder, Date.parse(WEEK_START), Date.parse(WEEK_END)))).toEqual([
      '2024-12-05T14:45:00.000Z',
    ]);
    expect(
      occurrencesBetween(reminder, Date.parse(WEEK_END), Date.parse('2025-12-31T00:00:00.000Z')),
    ).toEqual([]);
  });

  it('excludes the start of the window and includes its end', () => {
    const reminder = inNewYork({ type: 'daily', time: '17:30' });
    const at = Date.parse('2024-12-02T22:30:00.000Z');
    expect(occurrencesBetween(reminder, at, at + 60_000)).toEqual([]);
    expect(isoList(occurrencesBetween(reminder, at - 60_000, at))).toEqual(['2024-12-02T22:30:00.000Z']);
    expect(occurrencesBetween(reminder, at, at - 1)).toEqual([]);
  });

  it('recomputes from the wall time when the time zone changes', () => {
    const daily = { type: 'daily', time: '17:30' } satisfies Schedule;
    const range = [Date.parse(WEEK_START), Date.parse('2024-12-03T05:00:00.000Z')] as const;
    expect(isoList(occurrencesBetween({ schedule: daily, timeZone: NEW_YORK }, ...range))).toEqual([
      '2024-12-02T22:30:00.000Z',
    ]);
    expect(isoList(occurrencesBetween({ schedule: daily, timeZone: 'Europe/Berlin' }, ...range))).toEqual([
      '2024-12-02T16:30:00.000Z',
    ]);
    expect(
      isoList(occurrencesBetween({ schedule: daily, timeZone: NEW_YORK }, ...range, 'Asia/Tokyo')),
    ).toEqual(['2024-12-02T08:30:00.000Z']);
  });
});

describe('nextOccurrence', () => {
  it('finds the next daily, weekdays and weekly occurrence strictly after the instant', () => {
    const friday1800 = Date.parse('2024-12-06T23:00:00.000Z');
    expect(nextOccurrence(inNewYork({ type: 'daily', time: '17:30' }), friday1800)?.toISOString()).toBe(
      '2024-12-07T22:30:00.000Z',
    );
    expect(
      nextOccurrence(
        inNewYork({ type: 'weekdays', days: [1, 2, 3, 4, 5], time: '08:00' }),
        friday1800,
      )?.toISOString(),
    ).toBe('2024-12-09T13:00:00.000Z');
    expect(
      nextOccurrence(inNewYork({ type: 'weekly', day: 5, time: '18:00' }), friday1800)?.toISOString(),
    ).toBe('2024-12-13T23:00:00.000Z');
  });

  it('returns null for a once reminder whose moment has passed', () => {
    const reminder = inNewYork({ type: 'once', date: '2024-12-05', time: '09:45' });
    expect(nextOccurrence(reminder, new Date(WEEK_START))?.toISOString()).toBe('2024-12-05T14:45:00.000Z');
    expect(nextOccurrence(reminder, Date.parse('2024-12-05T14:45:00.000Z'))).toBeNull();
  });

  it('finds a once reminder far in the future', () => {
    const reminder = inNewYork({ type: 'once', date: '2026-07-04', time: '12:00' });
    expect(nextOccurrence(reminder, Date.parse(WEEK_START))?.toISOString()).toBe('2026-07-04T16:00:00.000Z');
  });
});

describe('formatNextTime', () => {
  it('formats in the given zone, not the process zone', () => {
    const instant = new Date('2024-12-02T22:30:00.000Z');
    expect(formatNextTime(instant, NEW_YORK)).toBe('Mon 2 Dec, 17:30');
    expect(formatNextTime(instant.getTime(), 'Europe/Berlin')).toBe('Mon 2 Dec, 23:30');
    expect(formatNextTime(instant, 'Asia/Tokyo')).toBe('Tue 3 Dec, 07:30');
  });
});
