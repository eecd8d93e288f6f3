import { describe, expect, it } from 'vitest';
import { planRotation, type RotationEntry } from '../../../../shared/backup/backupRotation';

const zone = 'Europe/Paris';

/** One backup a day at 09:00 UTC for `days` days ending on 2026-12-06, newest first. */
function daily(days: number): RotationEntry[] {
  return Array.from({ length: days }, (_, index) => {
    const at = new Date(Date.UTC(2026, 11, 6 - index, 9, 0, 0));
    return { name: `b-${at.toISOString().slice(0, 10)}`, createdAt: at.toISOString(), readable: true };
  });
}

describe('planRotation', () => {
  it('keeps the last 7 days, 4 weeks and 12 months of a year of daily backups and deletes the rest', () => {
    const backups = daily(400);
    const newest = backups[0]?.name ?? '';
    const deleted = new Set(planRotation({ backups, newestVerified: newest, timeZone: zone }));
    const kept = backups.filter(({ name }) => !deleted.has(name)).map(({ name }) => name);
    // 7 days (Dec 6 back to Nov 30), the Sundays ending 3 earlier weeks, the last day of each month back to January.
    expect(kept.slice(0, 7)).toEqual(daily(7).map(({ name }) => name));
    expect(kept).toContain('b-2026-11-29');
    expect(kept).toContain('b-2026-11-22');
    expect(kept).toContain('b-2026-11-15');
    expect(kept).toContain('b-2026-10-31');
    expect(kept).toContain('b-2026-01-31');
    expect(kept).not.toContain('b-2025-12-31');
    // December and November are already kept as days; October back to January add ten.
    expect(kept).toHaveLength(7 + 3 + 10);
    expect(deleted.size).toBe(400 - kept.length);
  });

  it('deletes nothing when the newest backup was not read back and verified', () => {
    const backups = daily(30);
    expect(planRotation({ backups, newestVerified: null, timeZone: zone })).toEqual([]);
    // A verified backup that is not the newest: the newest one failed its check.
    expect(planRotation({ backups, newestVerified: backups[1]?.name ?? '', timeZone: zone })).toEqual([]);
  });

  it('never deletes the newest verified backup, nor a file whose header cannot be read', () => {
    const backups: RotationEntry[] = [...daily(20), { name: 'unreadable', createdAt: '', readable: false }];
    const deleted = planRotation({ backups, newestVerified: backups[0]?.name ?? '', timeZone: zone });
    expect(deleted).not.toContain(backups[0]?.name);
    expect(deleted).not.toContain('unreadable');
    expect(deleted.length).toBeGreaterThan(0);
  });

  it('keeps only the newest of several backups made the same local day', () => {
    const backups: RotationEntry[] = [
      { name: 'late', createdAt: '2026-12-06T20:00:00.000Z', readable: true },
      { name: 'early', createdAt: '2026-12-06T07:00:00.000Z', readable: true },
      // 23:30 UTC on the 5th is already the 6th in Paris.
      { name: 'midnight', createdAt: '2026-12-05T23:30:00.000Z', readable: true },
      { name: 'day-before', createdAt: '2026-12-05T12:00:00.000Z', readable: true },
    ];
    expect(planRotation({ backups, newestVerified: 'late', timeZone: zone }).sort()).toEqual([
      'early',
      'midnight',
    ]);
  });
});
