import { describe, expect, it } from 'vitest';
import {
  epochMsToLocalDateTime,
  isValidTimeZone,
  localDateTimeToEpochMs,
  parseLocalDateTime,
} from '../../../../shared/domain';

describe('localDateTimeToEpochMs', () => {
  it('converts an ordinary wall-clock time using the zone offset of that day', () => {
    expect(new Date(localDateTimeToEpochMs('2026-07-01T09:30', 'Europe/Paris')).toISOString()).toBe(
      '2026-07-01T07:30:00.000Z',
    );
    expect(new Date(localDateTimeToEpochMs('2026-01-01T09:30', 'Europe/Paris')).toISOString()).toBe(
      '2026-01-01T08:30:00.000Z',
    );
  });

  it('moves a time inside the spring-forward gap forward by the gap', () => {
    expect(new Date(localDateTimeToEpochMs('2026-03-08T02:30', 'America/New_York')).toISOString()).toBe(
      '2026-03-08T07:30:00.000Z',
    );
  });

  it('resolves a repeated autumn hour to the earlier instant', () => {
    expect(new Date(localDateTimeToEpochMs('2026-11-01T01:30', 'America/New_York')).toISOString()).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('throws for a date that does not exist', () => {
    expect(() => localDateTimeToEpochMs('2026-02-30T09:00', 'UTC')).toThrow(RangeError);
  });
});

describe('epochMsToLocalDateTime', () => {
  it('reads the wall clock in the zone to minute precision', () => {
    const instant = Date.parse('2026-12-31T23:59:59.000Z');
    expect(epochMsToLocalDateTime(instant, 'Asia/Tokyo')).toBe('2027-01-01T08:59');
    expect(epochMsToLocalDateTime(instant, 'America/Los_Angeles')).toBe('2026-12-31T15:59');
  });
});

describe('parseLocalDateTime', () => {
  it('accepts minutes with optional seconds and nothing else', () => {
    expect(parseLocalDateTime('2026-03-14T09:30')).toEqual({
      year: 2026,
      month: 3,
      day: 14,
      hour: 9,
      minute: 30,
      second: 0,
    });
    expect(parseLocalDateTime('2026-03-14T09:30:15')?.second).toBe(15);
    expect(parseLocalDateTime('2026-03-14T09:30Z')).toBeNull();
    expect(parseLocalDateTime('2026-3-14T09:30')).toBeNull();
  });
});

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects unknown names and bare offsets', () => {
    expect(isValidTimeZone('Europe/London')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('+05:30')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });
});
