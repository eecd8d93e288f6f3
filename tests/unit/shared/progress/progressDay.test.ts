import { describe, expect, it } from 'vitest';
import { daysFromFacts } from '../../../../shared/progress/progressDay';
import { encodeMonth, monthDays } from '../../../../shared/progress/progressMonth';
import { fact, rated } from './factBuilder';

const DAY = '2026-03-29';

describe('a day of progress', () => {
  it('sums outcomes, ratings, escalations, people and tags of its facts', () => {
    const a = fact(DAY, {
      outcome: 'achieved',
      principles: { ...rated('sphere', 5), ...rated('empowered', 2, false) },
      escalated: 'yes',
      trust: 4,
      relationship: 'peer',
      personIds: ['dana', 'lee'],
      tags: ['budget'],
    });
    const b = fact(DAY, {
      outcome: 'not-yet',
      principles: rated('sphere', 3, true),
      escalated: 'no',
      personIds: ['dana'],
      tags: ['budget', 'hiring'],
    });
    const [day] = daysFromFacts([a, b]);
    if (day === undefined) throw new Error('no day built');
    // The month record gives the same day, read from its columns.
    expect(monthDays(encodeMonth('2026-03', [b, a]))).toEqual([day]);
    expect(day.reflections).toBe(2);
    expect(day.outcomes).toEqual({ achieved: 1, 'partly-achieved': 0, 'not-yet': 1, 'made-it-worse': 0 });
    expect(day.escalations).toEqual([
      [a.id, true],
      [b.id, false],
    ]);
    expect(day.principles['sphere']).toEqual({
      ratingSum: 8,
      ratingCount: 2,
      applied: 1,
      skipped: 0,
      practised: 2,
      practisedAchieved: 1,
    });
    expect(day.principles['empowered']).toEqual({
      ratingSum: 2,
      ratingCount: 1,
      applied: 0,
      skipped: 1,
      practised: 0,
      practisedAchieved: 0,
    });
    expect(day.people['dana']).toEqual({
      interactions: 2,
      trust: [[a.id, 4]],
      relationship: [[a.id, 'peer']],
    });
    expect(day.people['lee']?.interactions).toBe(1);
    expect(day.tags).toEqual({ budget: 2, hiring: 1 });
  });

  it('builds days oldest first, one per day', () => {
    const days = daysFromFacts([fact('2027-01-01'), fact('2026-12-31'), fact('2027-01-01')]);
    expect(days.map(({ day, reflections }) => [day, reflections])).toEqual([
      ['2026-12-31', 1],
      ['2027-01-01', 2],
    ]);
  });
});
