import { describe, expect, it } from 'vitest';
import { collapseMissed } from '../../../../shared/reminders/collapseMissed';
import { firedKey, pruneFiredLog } from '../../../../shared/reminders/firedLog';
import { isInQuietHours, quietHoursEndAfter } from '../../../../shared/reminders/quietHours';
import { startOfLocalDay, wallTimeToInstant } from '../../../../shared/domain/localDateTime';
import { DAY, makeReminder } from './reminderTestKit';

const NEW_YORK = 'America/New_York';
const NIGHT = { enabled: true, start: '22:00', end: '07:00' };
// 2 Dec 2024 in New York is UTC-5.
const nyTime = (hhmm: string, day = '2024-12-02') => Date.parse(`${day}T${hhmm}:00-05:00`);

describe('quiet hours', () => {
  it('treats a window that wraps midnight as covering the late evening and early morning', () => {
    expect(isInQuietHours(NIGHT, nyTime('21:59'), NEW_YORK)).toBe(false);
    expect(isInQuietHours(NIGHT, nyTime('22:00'), NEW_YORK)).toBe(true);
    expect(isInQuietHours(NIGHT, nyTime('03:00'), NEW_YORK)).toBe(true);
    expect(isInQuietHours(NIGHT, nyTime('07:00'), NEW_YORK)).toBe(false);
  });

  it('is silent about disabled windows and windows whose start equals their end', () => {
    expect(isInQuietHours({ ...NIGHT, enabled: false }, nyTime('23:00'), NEW_YORK)).toBe(false);
    expect(isInQuietHours({ enabled: true, start: '09:00', end: '09:00' }, nyTime('09:00'), NEW_YORK)).toBe(
      false,
    );
  });

  it('ends overnight quiet hours at the next local end time', () => {
    expect(quietHoursEndAfter(NIGHT, nyTime('23:15'), NEW_YORK)).toBe(nyTime('07:00', '2024-12-03'));
    expect(quietHoursEndAfter(NIGHT, nyTime('05:00'), NEW_YORK)).toBe(nyTime('07:00'));
    expect(quietHoursEndAfter(NIGHT, nyTime('12:00'), NEW_YORK)).toBeNull();
  });

  it('reads quiet hours in the zone it is given', () => {
    const instant = Date.parse('2024-12-02T23:00:00Z'); // 18:00 New York, 00:00 Berlin
    expect(isInQuietHours(NIGHT, instant, NEW_YORK)).toBe(false);
    expect(isInQuietHours(NIGHT, instant, 'Europe/Berlin')).toBe(true);
  });
});

describe('collapseMissed', () => {
  it('returns null when nothing is due', () => {
    expect(collapseMissed([])).toBeNull();
    expect(collapseMissed([{ reminder: makeReminder(), occurrences: [] }])).toBeNull();
  });

  it('shows one reminder with its own title and body and counts the earlier occurrences', () => {
    const reminder = makeReminder({ body: 'Two minutes is enough.' });
    const occurrences = [0, 1, 2].map((i) => Date.parse('2024-12-02T22:30:00Z') + i * DAY);
    expect(collapseMissed([{ reminder, occurrences }])).toEqual({
      title: 'Any tough conversations today?',
      body: 'Two minutes is enough.\nand 2 more missed',
      items: [
        {
          reminderId: 'rhythm-1',
          kind: 'rhythm',
          title: 'Any tough conversations today?',
          body: 'Two minutes is enough.',
          occurrence: '2024-12-04T22:30:00.000Z',
          missedCount: 2,
        },
      ],
    });
  });
});

describe('fired log', () => {
  it('keys an occurrence by reminder id and ISO instant', () => {
    expect(firedKey('a@b', Date.parse('2024-12-02T22:30:00Z'))).toBe('a@b@2024-12-02T22:30:00.000Z');
  });

  it('drops keys older than 60 days and keeps at most the 500 most recent', () => {
    const now = Date.parse('2024-12-31T00:00:00Z');
    const old = firedKey('r', now - 61 * DAY);
    const recent = Array.from({ length: 600 }, (_, i) => firedKey('r', now - i * 60_000));
    const pruned = pruneFiredLog([old, ...recent, 'garbage'], now);
    expect(pruned).toHaveLength(500);
    expect(pruned).not.toContain(old);
    expect(pruned).not.toContain('garbage');
    expect(pruned.at(-1)).toBe(firedKey('r', now));
  });
});

describe('wall time resolution beyond whole-hour transitions', () => {
  it('moves a skipped midnight to 01:00 where the spring-forward gap starts at midnight', () => {
    const midnight = wallTimeToInstant(
      { year: 2024, month: 9, day: 8 },
      { hour: 0, minute: 0 },
      'America/Santiago',
    );
    expect(new Date(midnight).toISOString()).toBe('2024-09-08T04:00:00.000Z');
    expect(startOfLocalDay(Date.parse('2024-09-08T12:00:00Z'), 'America/Santiago')).toBe(midnight);
  });

  it('handles half-hour transitions in both directions', () => {
    const lordHowe = 'Australia/Lord_Howe';
    const skipped = wallTimeToInstant({ year: 2024, month: 10, day: 6 }, { hour: 2, minute: 15 }, lordHowe);
    // Moved forward by the half-hour gap, as the journal reads it.
    expect(new Date(skipped).toISOString()).toBe('2024-10-05T15:45:00.000Z'); // 02:45 local
    const repeated = wallTimeToInstant({ year: 2024, month: 4, day: 7 }, { hour: 1, minute: 45 }, lordHowe);
    expect(new Date(repeated).toISOString()).toBe('2024-04-06T14:45:00.000Z'); // first 01:45, at +11:00
  });
});
