import { describe, expect, it } from 'vitest';
import { buildProgressReport } from '../../../../shared/progress/progressReport';
import { noFilters } from '../../../../shared/progress/progressRange';
import { fact, rated } from './factBuilder';

const EA = 'empowered-adults';
const principles = [{ id: EA, title: 'Empowered adults' }];
const facts = [
  fact('2025-06-01', { personIds: ['dana'], relationship: 'peer', tags: ['budget'], outcome: 'achieved' }),
  fact('2026-02-20', {
    personIds: ['lee'],
    relationship: 'manager',
    outcome: 'not-yet',
    principles: rated(EA, 2),
  }),
  fact('2026-03-01', {
    personIds: ['dana'],
    relationship: 'peer',
    tags: ['budget'],
    outcome: 'achieved',
    principles: rated(EA, 4),
  }),
];
const base = { facts, today: '2026-03-10', weekStartsOn: 1 as const, principles, filters: noFilters };

describe('progress report', () => {
  it('starts "All time" at the first reflection and draws it by month', () => {
    const report = buildProgressReport({ ...base, range: { from: null, to: '2026-03-10' } });
    expect(report.frame).toMatchObject({ from: '2025-06-01', granularity: 'month' });
    expect(report.reflections).toBe(3);
    expect(report.outcomes).toHaveLength(10);
    expect(report.streaks.days).toHaveLength(283);
  });

  it('applies the range and every filter to every figure', () => {
    const range = { from: '2026-02-11', to: '2026-03-10' };
    const report = buildProgressReport({ ...base, range, filters: { ...noFilters, tag: 'budget' } });
    expect(report.reflections).toBe(1);
    expect(report.frame.granularity).toBe('week');
    expect(report.outcomes.reduce((sum, period) => sum + period.total, 0)).toBe(1);
    expect(report.ratings.lines[0]?.averages.filter((value) => value !== null)).toEqual([4]);
    expect(report.coverage[0]?.reflections).toBe(1);
    expect(report.sphere.map((group) => group.relationship)).toEqual(['peer']);
    expect(report.habits[0]?.withPrinciple.attempts).toBe(1);
    expect(report.streaks.days.reduce((sum, day) => sum + day.count, 0)).toBe(1);

    const manager = buildProgressReport({
      ...base,
      range,
      filters: { ...noFilters, relationship: 'manager' },
    });
    expect(manager.sphere.flatMap((group) => group.people.map((person) => person.personId))).toEqual(['lee']);
    const dana = buildProgressReport({ ...base, range, filters: { ...noFilters, personId: 'dana' } });
    expect(dana.reflections).toBe(1);
  });

  it('gives an empty journal a frame of today alone', () => {
    const report = buildProgressReport({ ...base, facts: [], range: { from: null, to: '2026-03-10' } });
    expect(report.frame).toMatchObject({ from: '2026-03-10', to: '2026-03-10', granularity: 'week' });
    expect(report.reflections).toBe(0);
    expect(report.insights).toEqual([]);
  });
});
