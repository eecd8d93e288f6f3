import { afterEach, describe, expect, it } from 'vitest';
import { localDateTimeToEpochMs } from '../../../../shared/domain/localDateTime';
import {
  createLocalWeekStartFinder,
  createWeekStartFinder,
  formatWeekHeading,
} from '../../../../renderer/features/journal/localWeeks';

const originalZone = process.env.TZ;

afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

const HOUR_MS = 3_600_000;

describe("weeks in this computer's zone", () => {
  it.each(['America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'])(
    'agree with the named zone %s hour by hour through 2026, DST changes included',
    (zone) => {
      process.env.TZ = zone;
      const local = createLocalWeekStartFinder();
      const named = createWeekStartFinder(zone);
      const start = localDateTimeToEpochMs('2026-01-01T00:00', 'UTC');
      const differing: number[] = [];
      for (let hour = 0; hour < 365 * 24; hour += 1) {
        const instant = start + hour * HOUR_MS;
        if (local(instant) !== named(instant)) differing.push(instant);
      }
      expect(differing).toEqual([]);
    },
  );

  it('puts a Sunday-evening reflection in the week that started that Monday', () => {
    process.env.TZ = 'America/New_York';
    const weekOf = createLocalWeekStartFinder();
    const sundayEvening = localDateTimeToEpochMs('2026-03-08T22:30', 'America/New_York');
    expect(formatWeekHeading(weekOf(sundayEvening))).toBe('Week of 2 Mar 2026');
  });
});
