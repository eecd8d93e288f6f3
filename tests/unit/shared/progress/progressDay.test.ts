import { describe, expect, it } from 'vitest';
import {
  addFact,
  changeDays,
  daysFromFacts,
  emptyProgressDay,
  isEmptyDay,
  removeFact,
} from '../../../../shared/progress/progressDay';
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
    const day = addFact(addFact(emptyProgressDay(DAY), a), b);
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

  it('removing a fact gives exactly the day built without it, down to an empty day', () => {
    const facts = [
      fact(DAY, { outcome: 'achieved', principles: rated('sphere', 4), trust: 3, tags: ['x'] }),
      fact(DAY, { outcome: null, escalated: 'considered', relationship: 'manager', personIds: ['kim'] }),
      fact(DAY, { outcome: 'made-it-worse', principles: rated('sphere', null, true), trust: 1 }),
    ];
    const [built] = daysFromFacts(facts);
    if (built === undefined) throw new Error('no day built');
    const withoutSecond = removeFact(built, facts[1] as (typeof facts)[number]);
    expect(withoutSecond).toEqual(daysFromFacts([facts[0], facts[2]] as typeof facts)[0]);
    const none = facts.reduce(removeFact, built);
    expect(none).toEqual(emptyProgressDay(DAY));
    expect(isEmptyDay(none)).toBe(true);
  });

  it('refuses a fact of another day', () => {
    expect(() => addFact(emptyProgressDay(DAY), fact('2026-03-30'))).toThrow(RangeError);
  });

  it('an edit that moves a fact to another day takes it out of one and into the other', () => {
    const before = fact(DAY, { outcome: 'achieved' });
    const after = { ...before, day: '2026-03-30', outcome: 'not-yet' as const };
    const stored = new Map(daysFromFacts([before]).map((day) => [day.day, day]));
    const { put, emptied } = changeDays(stored, [before], [after]);
    expect(emptied).toEqual([DAY]);
    expect(put).toEqual(daysFromFacts([after]));
  });

  it('builds days oldest first, one per day', () => {
    const days = daysFromFacts([fact('2027-01-01'), fact('2026-12-31'), fact('2027-01-01')]);
    expect(days.map(({ day, reflections }) => [day, reflections])).toEqual([
      ['2026-12-31', 1],
      ['2027-01-01', 2],
    ]);
  });
});
