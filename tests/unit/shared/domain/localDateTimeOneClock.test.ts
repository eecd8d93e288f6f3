import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DAY_MS,
  HOUR_MS,
  MINUTE_MS,
  deviceTimeZone,
  isoInstant,
  isValidTimeZone,
  localDateTimeToEpochMs,
  parseCalendarDay,
  parseWallClock,
  wallTimeToInstant,
} from '../../../../shared/domain/localDateTime';
import { viewerTimeZone } from '../../../../renderer/features/journal/formatJournalDate';
import { currentTimeZone } from '../../../../renderer/features/reflect/useInitialReflection';

afterEach(() => {
  vi.restoreAllMocks();
});

const pad = (value: number) => String(value).padStart(2, '0');

describe('one rule for every wall-clock reading', () => {
  // Every quarter hour of the four 2024 transition nights: the journal's reading of a
  // "yyyy-MM-ddTHH:mm" and the reminders' reading of the same date and time must agree.
  const nights = [
    ['Europe/Berlin', '2024-03-31'],
    ['Europe/Berlin', '2024-10-27'],
    ['America/New_York', '2024-03-10'],
    ['America/New_York', '2024-11-03'],
  ] as const;
  for (const [timeZone, date] of nights) {
    it(`journal and reminders agree on ${date} in ${timeZone}`, () => {
      for (let minutes = 0; minutes < 6 * 60; minutes += 15) {
        const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        const journal = localDateTimeToEpochMs(`${date}T${time}`, timeZone);
        const reminder = wallTimeToInstant(parseCalendarDay(date), parseWallClock(time), timeZone);
        expect({ time, instant: isoInstant(reminder) }).toEqual({ time, instant: isoInstant(journal) });
      }
    });
  }
});

describe('deviceTimeZone', () => {
  const real = Intl.DateTimeFormat.prototype.resolvedOptions;
  const reportZone = (timeZone: string | undefined) => {
    vi.restoreAllMocks();
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (
      this: Intl.DateTimeFormat,
    ) {
      return { ...real.call(this), timeZone } as Intl.ResolvedDateTimeFormatOptions;
    });
  };

  it('returns the zone the runtime reports when it is an IANA name', () => {
    reportZone('Asia/Tokyo');
    expect(deviceTimeZone()).toBe('Asia/Tokyo');
  });

  it('falls back to UTC for an offset, garbage or nothing', () => {
    for (const reported of ['+01:00', 'Not/AZone', '', undefined]) {
      reportZone(reported);
      expect({ reported, zone: deviceTimeZone() }).toEqual({ reported, zone: 'UTC' });
    }
  });

  it('is the zone the journal and the reflection editor use too', () => {
    for (const reported of ['Asia/Tokyo', '+01:00', undefined]) {
      reportZone(reported);
      const expected = deviceTimeZone();
      expect({ reported, journal: viewerTimeZone(), editor: currentTimeZone() }).toEqual({
        reported,
        journal: expected,
        editor: expected,
      });
    }
  });
});

describe('the one zone validator and the time constants', () => {
  it('accepts IANA names and refuses offsets and unknown names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('+01:00')).toBe(false);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('counts a minute, an hour and a day in milliseconds', () => {
    expect([MINUTE_MS, HOUR_MS, DAY_MS]).toEqual([60_000, 3_600_000, 86_400_000]);
    expect(isoInstant(Date.UTC(2024, 2, 31, 1, 30))).toBe('2024-03-31T01:30:00.000Z');
  });
});
