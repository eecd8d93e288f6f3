import { describe, expect, it } from 'vitest';
import {
  escalations,
  goodOutcomeHabits,
  outcomesByPeriod,
  principleCoverage,
  ratingsOverTime,
  type PeriodFrame,
} from '../../../../shared/progress/periodAggregates';
import { fact, rated } from './factBuilder';

const EA = 'empowered-adults';
const MINE = '01890a5d-ac96-774b-bcce-b302099a8057';
const principles = [
  { id: EA, title: 'Empowered adults' },
  { id: MINE, title: 'Say it early' },
];
// Three Monday weeks around Europe's spring clock change (Sunday 2026-03-29).
const springWeeks: PeriodFrame = {
  from: '2026-03-23',
  to: '2026-04-12',
  granularity: 'week',
  weekStartsOn: 1,
};

describe('principle ratings over time', () => {
  it('averages each week, leaves weeks without ratings empty rather than zero, and includes custom principles', () => {
    const facts = [
      // Late on the Sunday the clocks changed: still the week of the 23rd.
      fact('2026-03-29', { principles: { ...rated(EA, 2), ...rated(MINE, 5) } }),
      fact('2026-03-23', { principles: rated(EA, 3) }),
      fact('2026-03-30', { principles: rated(EA, null, true) }),
      fact('2026-04-12', { principles: rated(EA, 4) }),
    ];
    const result = ratingsOverTime(facts, springWeeks, principles);
    expect(result.periods).toEqual(['2026-03-23', '2026-03-30', '2026-04-06']);
    expect(result.lines).toEqual([
      { principleId: EA, title: 'Empowered adults', averages: [2.5, null, 4], counts: [2, 0, 1] },
      { principleId: MINE, title: 'Say it early', averages: [5, null, null], counts: [1, 0, 0] },
    ]);
  });

  it('shows only the principles it is given, so hidden ones stay out', () => {
    const facts = [
      fact('2026-03-24', { principles: { ...rated(EA, 2), ...rated('build-partnerships', 5) } }),
    ];
    const result = ratingsOverTime(facts, springWeeks, principles);
    expect(result.lines.map((line) => line.principleId)).toEqual([EA, MINE]);
  });

  it('groups by month across a year boundary for long ranges', () => {
    const frame: PeriodFrame = {
      from: '2025-11-15',
      to: '2026-01-20',
      granularity: 'month',
      weekStartsOn: 1,
    };
    const facts = [
      fact('2025-12-31', { principles: rated(EA, 1) }),
      fact('2026-01-01', { principles: rated(EA, 5) }),
      fact('2026-01-19', { principles: rated(EA, 4) }),
    ];
    expect(ratingsOverTime(facts, frame, principles).lines[0]?.averages).toEqual([null, 1, 4.5]);
  });
});

describe('outcomes by period', () => {
  it('counts each outcome per week across the new year, ignoring reflections without an outcome', () => {
    const frame: PeriodFrame = { from: '2025-12-28', to: '2026-01-10', granularity: 'week', weekStartsOn: 0 };
    const facts = [
      fact('2025-12-31', { outcome: 'achieved' }),
      fact('2026-01-03', { outcome: 'made-it-worse' }),
      fact('2026-01-03', { outcome: 'achieved' }),
      fact('2026-01-04', { outcome: 'not-yet' }),
      fact('2026-01-05', { outcome: null }),
    ];
    expect(outcomesByPeriod(facts, frame)).toEqual([
      {
        start: '2025-12-28',
        counts: { achieved: 2, 'partly-achieved': 0, 'not-yet': 0, 'made-it-worse': 1 },
        total: 3,
      },
      {
        start: '2026-01-04',
        counts: { achieved: 0, 'partly-achieved': 0, 'not-yet': 1, 'made-it-worse': 0 },
        total: 1,
      },
    ]);
  });
});

describe('escalations', () => {
  it('gives the share of answered attempts taken to the manager per period, and a falling trend', () => {
    const frame: PeriodFrame = { from: '2026-03-02', to: '2026-03-29', granularity: 'week', weekStartsOn: 1 };
    const facts = [
      fact('2026-03-02', { escalated: 'yes' }),
      fact('2026-03-03', { escalated: 'yes' }),
      fact('2026-03-10', { escalated: 'yes' }),
      fact('2026-03-11', { escalated: 'considered' }),
      fact('2026-03-12', { escalated: null }),
      fact('2026-03-24', { escalated: 'no' }),
    ];
    const result = escalations(facts, frame);
    expect(result.periods.map(({ share }) => share)).toEqual([1, 0.5, null, 0]);
    expect(result.periods[1]).toEqual({ start: '2026-03-09', escalated: 1, answered: 2, share: 0.5 });
    expect(result).toMatchObject({ escalated: 3, answered: 5 });
    expect(result.trend?.direction).toBe('fewer');
    expect(result.trend?.changePerPeriod).toBeCloseTo(-0.3214, 3);
  });

  it('claims no trend from fewer than three periods with answers, and a steady one when flat', () => {
    const frame: PeriodFrame = { from: '2026-03-02', to: '2026-03-29', granularity: 'week', weekStartsOn: 1 };
    const two = [fact('2026-03-02', { escalated: 'yes' }), fact('2026-03-10', { escalated: 'no' })];
    expect(escalations(two, frame).trend).toBeNull();
    const flat = ['2026-03-02', '2026-03-10', '2026-03-17'].map((day) => fact(day, { escalated: 'no' }));
    expect(escalations(flat, frame).trend).toEqual({ direction: 'steady', changePerPeriod: 0 });
  });
});

describe('principle coverage', () => {
  it('counts applied, skipped and unrated per principle', () => {
    const facts = [
      fact('2026-03-02', { principles: rated(EA, 4, true) }),
      fact('2026-03-03', { principles: rated(EA, null, false) }),
      fact('2026-03-04', { principles: rated(EA, null, true) }),
      fact('2026-03-05'),
    ];
    expect(principleCoverage(facts, principles)).toEqual([
      { principleId: EA, title: 'Empowered adults', applied: 2, skipped: 1, unrated: 3, reflections: 4 },
      { principleId: MINE, title: 'Say it early', applied: 0, skipped: 0, unrated: 4, reflections: 4 },
    ]);
  });
});

describe('what goes with good outcomes', () => {
  it('compares achieved shares with and without a principle (applied or rated 4-5), flagging small samples', () => {
    const practised = [
      fact('2026-03-02', { outcome: 'achieved', principles: rated(EA, null, true) }),
      fact('2026-03-03', { outcome: 'achieved', principles: rated(EA, 4) }),
      fact('2026-03-04', { outcome: 'achieved', principles: rated(EA, 5, false) }),
      fact('2026-03-05', { outcome: 'not-yet', principles: rated(EA, null, true) }),
      fact('2026-03-06', { outcome: 'achieved', principles: rated(EA, null, true) }),
    ];
    const notPractised = [
      fact('2026-03-07', { outcome: 'achieved', principles: rated(EA, 3, false) }),
      fact('2026-03-08', { outcome: 'made-it-worse' }),
      fact('2026-03-09', { outcome: 'partly-achieved', principles: rated(EA, 2) }),
      fact('2026-03-10', { outcome: null, principles: rated(EA, 5, true) }),
    ];
    const [habit] = goodOutcomeHabits([...practised, ...notPractised], principles);
    expect(habit).toEqual({
      principleId: EA,
      title: 'Empowered adults',
      withPrinciple: { achieved: 4, attempts: 5, share: 0.8 },
      withoutPrinciple: { achieved: 1, attempts: 3, share: 1 / 3 },
      tooSmallSample: true,
    });
    const twoMore = [fact('2026-03-11', { outcome: 'not-yet' }), fact('2026-03-12', { outcome: 'not-yet' })];
    expect(
      goodOutcomeHabits([...practised, ...notPractised, ...twoMore], principles)[0]?.tooSmallSample,
    ).toBe(false);
  });
});
