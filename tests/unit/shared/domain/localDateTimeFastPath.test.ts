import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  MINUTE_MS,
  isoInstant,
  localDateTimeToEpochMs,
  toWallClockMs,
  wallClockMsToEpochMs,
  wallClockMsToEpochMsFullPath,
} from '../../../../shared/domain/localDateTime';
import { createSeededRandom } from '../../../../shared/domain/seededRandom';

// Zones with an hour's change, none, a half hour's (Lord Howe), half-hour offsets (Adelaide,
// Kolkata, St John's, Chatham at 45 minutes), a change at local midnight (Santiago, Havana), a
// negative summer offset (Dublin), two hours (Troll), a skipped day (Apia, 2011-12-30) and
// changes from one year to the next (Casablanca), and a change late on a Saturday evening, local
// time, whose UTC day is the Sunday (Nuuk until 2023: 23:00 became 22:00 at 01:00 UTC).
const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Australia/Adelaide',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'America/St_Johns',
  'Pacific/Chatham',
  'America/Santiago',
  'America/Havana',
  'Europe/Dublin',
  'Antarctica/Troll',
  'Pacific/Apia',
  'Africa/Casablanca',
  'America/Sao_Paulo',
  'America/Nuuk',
  'UTC',
] as const;

/** The readings where the fast path and the full rule disagree, each with both instants. */
function disagreements(readings: ReadonlyArray<readonly [number, string]>): string[] {
  const found: string[] = [];
  for (const [wallMs, timeZone] of readings) {
    const fast = wallClockMsToEpochMs(wallMs, timeZone);
    const slow = wallClockMsToEpochMsFullPath(wallMs, timeZone);
    if (fast !== slow) {
      found.push(
        `${isoInstant(wallMs).slice(0, 16)} in ${timeZone}: ${isoInstant(fast)} against ${isoInstant(slow)}`,
      );
    }
  }
  return found;
}

/** The UTC days of `year` whose midnight and next midnight have different offsets in `timeZone`. */
function changeDays(timeZone: string, year: number): number[] {
  const format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  const offsetAt = (epochMs: number) => format.format(epochMs).split('GMT')[1];
  const first = Math.floor(toWallClockMs({ year, month: 1, day: 1 }) / DAY_MS);
  const days: number[] = [];
  let before = offsetAt(first * DAY_MS);
  for (let day = first; day < first + 365; day += 1) {
    const after = offsetAt((day + 1) * DAY_MS);
    if (after !== before) days.push(day);
    before = after;
  }
  return days;
}

describe('the wall-clock fast path gives the full rule’s instant', () => {
  it('for random readings from 1950 to 2040 in many zones, in random order', () => {
    const random = createSeededRandom(20261207);
    const start = toWallClockMs({ year: 1950, month: 1, day: 1 });
    const end = toWallClockMs({ year: 2040, month: 12, day: 31 });
    const readings: Array<readonly [number, string]> = [];
    for (let i = 0; i < 4_000; i += 1) {
      const timeZone = random.pick(ZONES);
      readings.push([start + Math.floor(random.next() * ((end - start) / MINUTE_MS)) * MINUTE_MS, timeZone]);
    }
    expect(disagreements(readings)).toEqual([]);
  });

  it('for every half hour of the days around each change of 2024 in each zone, Apia’s skipped day and Nuuk’s 2022', () => {
    const readings: Array<readonly [number, string]> = [];
    const changes = [
      ...ZONES.flatMap((timeZone) => changeDays(timeZone, 2024).map((day) => [day, timeZone] as const)),
      ...changeDays('Pacific/Apia', 2011).map((day) => [day, 'Pacific/Apia'] as const),
      ...changeDays('America/Nuuk', 2022).map((day) => [day, 'America/Nuuk'] as const),
    ];
    for (const [day, timeZone] of changes) {
      for (let wallMs = (day - 1) * DAY_MS; wallMs < (day + 2) * DAY_MS; wallMs += 30 * MINUTE_MS) {
        readings.push([wallMs, timeZone]);
      }
    }
    expect(disagreements(readings)).toEqual([]);
    // Most zones change twice a year; Kolkata, Kathmandu and UTC never do.
    expect(changes.length).toBeGreaterThan(20);
  });
});

describe('the skipped and repeated times keep their rule (docs/reminders-policy.md)', () => {
  // A skipped reading moves forward by the gap; a repeated one is the earlier instant.
  const cases = [
    ['2024-03-31T02:30', 'Europe/Berlin', '2024-03-31T01:30:00.000Z'],
    ['2024-10-27T02:30', 'Europe/Berlin', '2024-10-27T00:30:00.000Z'],
    ['2024-03-10T02:30', 'America/New_York', '2024-03-10T07:30:00.000Z'],
    ['2024-11-03T01:30', 'America/New_York', '2024-11-03T05:30:00.000Z'],
    // Lord Howe moves by half an hour: 02:00-02:30 is skipped in October, 01:30-02:00 repeats in April.
    ['2024-10-06T02:15', 'Australia/Lord_Howe', '2024-10-05T15:45:00.000Z'],
    ['2024-04-07T01:45', 'Australia/Lord_Howe', '2024-04-06T14:45:00.000Z'],
    // Adelaide is half an hour off the hour, and changes by an hour.
    ['2024-10-06T02:30', 'Australia/Adelaide', '2024-10-05T17:00:00.000Z'],
    ['2024-04-07T02:30', 'Australia/Adelaide', '2024-04-06T16:00:00.000Z'],
    // The days before and after, which the fast path answers.
    ['2024-10-04T02:15', 'Australia/Lord_Howe', '2024-10-03T15:45:00.000Z'],
    ['2024-10-09T02:15', 'Australia/Lord_Howe', '2024-10-08T15:15:00.000Z'],
    ['2024-04-03T02:30', 'Australia/Adelaide', '2024-04-02T16:00:00.000Z'],
    ['2024-04-10T02:30', 'Australia/Adelaide', '2024-04-09T17:00:00.000Z'],
  ] as const;
  for (const [reading, timeZone, instant] of cases) {
    it(`${reading} in ${timeZone} is ${instant}`, () => {
      expect(isoInstant(localDateTimeToEpochMs(reading, timeZone))).toBe(instant);
    });
  }
});
