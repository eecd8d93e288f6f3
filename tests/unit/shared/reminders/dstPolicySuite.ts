import { describe, expect, it } from 'vitest';
import { formatNextTime, nextOccurrence, occurrencesBetween } from '../../../../shared/reminders/recurrence';
import type { Schedule } from '../../../../shared/reminders/reminderSchema';
import { createHarness, makeReminder, stateWith } from './reminderTestKit';

const NEW_YORK = 'America/New_York';
const BERLIN = 'Europe/Berlin';

const isoList = (dates: Date[]) => dates.map((date) => date.toISOString());
const daily = (time: string) => ({ type: 'daily', time }) satisfies Schedule;
const between = (schedule: Schedule, timeZone: string, from: string, to: string) =>
  isoList(occurrencesBetween({ schedule, timeZone }, Date.parse(from), Date.parse(to)));

/**
 * The DST policy, run by one test file per process zone (TZ) so the results are shown not to
 * depend on the zone the app happens to run in. 2024 transitions used:
 * New York: spring forward Sun 10 Mar 02:00 EST -> 03:00 EDT, fall back Sun 3 Nov 02:00 EDT -> 01:00 EST.
 * Berlin: spring forward Sun 31 Mar 02:00 CET -> 03:00 CEST, fall back Sun 27 Oct 03:00 CEST -> 02:00 CET.
 */
export function describeDstPolicy(): void {
  describe('New York', () => {
    it('keeps 17:30 at 17:30 local across spring forward', () => {
      expect(between(daily('17:30'), NEW_YORK, '2024-03-09T00:00:00Z', '2024-03-12T00:00:00Z')).toEqual([
        '2024-03-09T22:30:00.000Z',
        '2024-03-10T21:30:00.000Z',
        '2024-03-11T21:30:00.000Z',
      ]);
    });

    it('fires a skipped 02:30 at 03:30 local, moved forward by the length of the gap', () => {
      const found = between(daily('02:30'), NEW_YORK, '2024-03-10T05:00:00Z', '2024-03-11T05:00:00Z');
      expect(found).toEqual(['2024-03-10T07:30:00.000Z']);
      expect(formatNextTime(new Date('2024-03-10T07:30:00Z'), NEW_YORK)).toBe('Sun 10 Mar, 03:30');
    });

    it('fires a repeated 01:30 once, at its first occurrence, across fall back', () => {
      const found = between(daily('01:30'), NEW_YORK, '2024-11-03T04:00:00Z', '2024-11-04T05:00:00Z');
      expect(found).toEqual(['2024-11-03T05:30:00.000Z']);
      const afterFirst = nextOccurrence(
        { schedule: daily('01:30'), timeZone: NEW_YORK },
        Date.parse(found[0] ?? ''),
      );
      expect(afterFirst?.toISOString()).toBe('2024-11-04T06:30:00.000Z');
    });

    it('keeps 17:30 at 17:30 local across fall back', () => {
      expect(between(daily('17:30'), NEW_YORK, '2024-11-02T00:00:00Z', '2024-11-04T00:00:00Z')).toEqual([
        '2024-11-02T21:30:00.000Z',
        '2024-11-03T22:30:00.000Z',
      ]);
    });
  });

  describe('Berlin', () => {
    it('fires a skipped 02:30 at 03:30 local and keeps 08:00 at 08:00 across spring forward', () => {
      expect(between(daily('02:30'), BERLIN, '2024-03-30T23:00:00Z', '2024-03-31T22:00:00Z')).toEqual([
        '2024-03-31T01:30:00.000Z',
      ]);
      expect(between(daily('08:00'), BERLIN, '2024-03-30T00:00:00Z', '2024-04-01T00:00:00Z')).toEqual([
        '2024-03-30T07:00:00.000Z',
        '2024-03-31T06:00:00.000Z',
      ]);
    });

    it('fires a repeated 02:30 once at its first occurrence and keeps 08:00 across fall back', () => {
      expect(between(daily('02:30'), BERLIN, '2024-10-26T22:00:00Z', '2024-10-27T23:00:00Z')).toEqual([
        '2024-10-27T00:30:00.000Z',
      ]);
      expect(between(daily('08:00'), BERLIN, '2024-10-26T00:00:00Z', '2024-10-28T00:00:00Z')).toEqual([
        '2024-10-26T06:00:00.000Z',
        '2024-10-27T07:00:00.000Z',
      ]);
    });

    it('applies the gap policy to a weekly Sunday reminder inside the skipped hour', () => {
      const weekly = { type: 'weekly', day: 0, time: '02:15' } satisfies Schedule;
      expect(between(weekly, BERLIN, '2024-03-23T00:00:00Z', '2024-04-08T00:00:00Z')).toEqual([
        '2024-03-24T01:15:00.000Z',
        '2024-03-31T01:15:00.000Z',
        '2024-04-07T00:15:00.000Z',
      ]);
    });
  });

  it('recomputes when the reminder moves between zones whose DST dates differ', () => {
    // 20 Mar 2024: New York is already on EDT (UTC-4), Berlin still on CET (UTC+1).
    const ny = { schedule: daily('17:30'), timeZone: NEW_YORK };
    const after = Date.parse('2024-03-20T12:00:00Z');
    expect(nextOccurrence(ny, after)?.toISOString()).toBe('2024-03-20T21:30:00.000Z');
    expect(nextOccurrence({ ...ny, timeZone: BERLIN }, after)?.toISOString()).toBe(
      '2024-03-20T16:30:00.000Z',
    );
    expect(nextOccurrence(ny, after, BERLIN)?.toISOString()).toBe('2024-03-20T16:30:00.000Z');
  });

  it('drives the engine across spring forward: one notification per day at 17:30 local', async () => {
    const start = '2024-03-08T12:00:00.000Z';
    const reminder = makeReminder({ schedule: daily('17:30'), timeZone: NEW_YORK, createdAt: start });
    const harness = createHarness({ now: start, state: stateWith([reminder]) });
    await harness.engine.start();
    const shownAt: string[] = [];
    harness.notifier.setBeforeShow(() => shownAt.push(new Date(harness.clock.now()).toISOString()));
    while (harness.clock.now() < Date.parse('2024-03-12T12:00:00Z')) await harness.timers.fireNext();
    const occurrences = harness.notifier.shown.map((n) => n.items[0]?.occurrence);
    expect(occurrences).toEqual([
      '2024-03-08T22:30:00.000Z',
      '2024-03-09T22:30:00.000Z',
      '2024-03-10T21:30:00.000Z',
      '2024-03-11T21:30:00.000Z',
    ]);
    expect(shownAt).toEqual(occurrences);
    expect(Math.max(...harness.timers.armedDelays)).toBeLessThanOrEqual(60_000);
  });

  it('drives the engine across fall back: a repeated 02:30 in Berlin notifies once', async () => {
    const start = '2024-10-26T12:00:00.000Z';
    const reminder = makeReminder({ schedule: daily('02:30'), timeZone: BERLIN, createdAt: start });
    const harness = createHarness({ now: start, state: stateWith([reminder]) });
    await harness.engine.start();
    while (harness.clock.now() < Date.parse('2024-10-27T12:00:00Z')) await harness.timers.fireNext();
    expect(harness.notifier.shown.map((n) => n.items[0]?.occurrence)).toEqual(['2024-10-27T00:30:00.000Z']);
  });
}
