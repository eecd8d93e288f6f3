import { describe, expect, it } from 'vitest';
import { sphereOfInfluence, streaks } from '../../../../shared/progress/streaksAndPeople';
import { fact } from './factBuilder';

describe('reflection streak', () => {
  it('counts every day of the range for the heat map, and runs of days across the new year', () => {
    const facts = ['2025-12-30', '2025-12-31', '2025-12-31', '2026-01-01', '2026-01-03', '2026-01-04'].map(
      (day) => fact(day),
    );
    const result = streaks(facts, '2025-12-29', '2026-01-04', '2026-01-04', 1);
    expect(result.days.map(({ count }) => count)).toEqual([0, 1, 2, 1, 0, 1, 1]);
    expect(result.days[0]?.day).toBe('2025-12-29');
    expect(result).toMatchObject({ currentDays: 2, longestDays: 3 });
  });

  it('keeps the current run alive on a day with no reflection yet, and ends it after a missed day', () => {
    const facts = ['2026-03-28', '2026-03-29'].map((day) => fact(day));
    expect(streaks(facts, '2026-03-23', '2026-03-30', '2026-03-30', 1).currentDays).toBe(2);
    expect(streaks(facts, '2026-03-23', '2026-03-31', '2026-03-31', 1).currentDays).toBe(0);
  });

  it('counts weeks in a row for a weekly rhythm', () => {
    const facts = ['2025-12-02', '2025-12-16', '2025-12-23', '2025-12-30', '2026-01-06'].map((day) =>
      fact(day),
    );
    const result = streaks(facts, '2025-12-01', '2026-01-08', '2026-01-08', 1);
    expect(result).toMatchObject({ currentWeeks: 4, longestWeeks: 4, currentDays: 0, longestDays: 1 });
  });
});

describe('sphere of influence', () => {
  it('groups people by relationship, most met first, with the latest trust rating', () => {
    const facts = [
      fact('2026-03-01', { personIds: ['dana'], relationship: 'peer', trust: 2 }),
      fact('2026-03-05', { personIds: ['dana', 'lee'], relationship: 'peer', trust: 4 }),
      fact('2026-03-06', { personIds: ['dana'], relationship: null, trust: null }),
      fact('2026-03-02', { personIds: ['sam'], relationship: 'manager', trust: 3 }),
      fact('2026-03-03', { personIds: ['kim'] }),
    ];
    expect(sphereOfInfluence(facts)).toEqual([
      {
        relationship: 'manager',
        people: [{ personId: 'sam', interactions: 1, latestTrust: 3, lastDay: '2026-03-02' }],
      },
      {
        relationship: 'peer',
        people: [
          { personId: 'dana', interactions: 3, latestTrust: 4, lastDay: '2026-03-06' },
          { personId: 'lee', interactions: 1, latestTrust: 4, lastDay: '2026-03-05' },
        ],
      },
      {
        relationship: 'other',
        people: [{ personId: 'kim', interactions: 1, latestTrust: null, lastDay: '2026-03-03' }],
      },
    ]);
  });

  it("prefers the relationship on the person's own record", () => {
    const facts = [fact('2026-03-01', { personIds: ['dana'], relationship: 'peer' })];
    expect(sphereOfInfluence(facts, new Map([['dana', 'external' as const]]))[0]?.relationship).toBe(
      'external',
    );
  });
});
