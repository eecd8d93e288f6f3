import { describe, expect, it } from 'vitest';
import { personProgress } from '../../../../shared/progress/personProgress';
import { fact } from './factBuilder';

// 2025-12-29 is a Monday, 2025-12-27 a Saturday, 2025-12-28 a Sunday: weeks across a new year.
const facts = [
  fact('2025-12-29', { personIds: ['dana'], outcome: 'achieved', trust: 4 }),
  fact('2026-01-02', { personIds: ['dana', 'lee'], outcome: 'not-yet', trust: 2 }),
  fact('2026-01-06', { personIds: ['dana'], outcome: 'made-it-worse' }),
  fact('2026-01-14', { personIds: ['dana'], outcome: null, trust: 5 }),
  fact('2025-11-03', { personIds: ['lee'], outcome: 'achieved', trust: 1 }),
];

describe('outcomes and trust with one person', () => {
  it('counts only reflections naming the person, from their first to today, by week', () => {
    const dana = personProgress(facts, 'dana', '2026-01-15', 1);
    expect(dana?.reflections).toBe(4);
    expect(dana?.frame).toEqual({
      from: '2025-12-29',
      to: '2026-01-15',
      granularity: 'week',
      weekStartsOn: 1,
    });
    expect(
      dana?.periods.map(({ start, counts, total, averageTrust, trustRatings }) => ({
        start,
        achieved: counts.achieved,
        notYet: counts['not-yet'],
        worse: counts['made-it-worse'],
        total,
        averageTrust,
        trustRatings,
      })),
    ).toEqual([
      { start: '2025-12-29', achieved: 1, notYet: 1, worse: 0, total: 2, averageTrust: 3, trustRatings: 2 },
      {
        start: '2026-01-05',
        achieved: 0,
        notYet: 0,
        worse: 1,
        total: 1,
        averageTrust: null,
        trustRatings: 0,
      },
      { start: '2026-01-12', achieved: 0, notYet: 0, worse: 0, total: 0, averageTrust: 5, trustRatings: 1 },
    ]);
  });

  it('starts its weeks on the day given', () => {
    const saturday = personProgress(facts, 'dana', '2026-01-15', 6);
    expect(saturday?.periods.map(({ start }) => start)).toEqual(['2025-12-27', '2026-01-03', '2026-01-10']);
    expect(saturday?.periods[0]?.total).toBe(2);
  });

  it('goes by month when the person goes back more than six months', () => {
    const lee = personProgress(facts, 'lee', '2026-06-01', 1);
    expect(lee?.frame.granularity).toBe('month');
    expect(lee?.periods.map(({ start, total }) => [start, total])).toEqual([
      ['2025-11-01', 1],
      ['2025-12-01', 0],
      ['2026-01-01', 1],
      ['2026-02-01', 0],
      ['2026-03-01', 0],
      ['2026-04-01', 0],
      ['2026-05-01', 0],
      ['2026-06-01', 0],
    ]);
    expect(lee?.periods[0]?.averageTrust).toBe(1);
  });

  it('is null for someone no complete reflection names', () => {
    expect(personProgress(facts, 'sam', '2026-01-15', 1)).toBeNull();
  });
});
