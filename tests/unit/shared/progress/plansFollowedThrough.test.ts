import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../../../shared/domain/reflectionLabels';
import type { PeriodFrame } from '../../../../shared/progress/periodAggregates';
import {
  plansFollowedThrough,
  shareOf,
  type PlanFact,
} from '../../../../shared/progress/plansFollowedThrough';
import { buildProgressReport } from '../../../../shared/progress/progressReport';
import { noFilters } from '../../../../shared/progress/progressRange';
import { fact } from './factBuilder';

// Monday 2 March to Sunday 15 March 2026, by week from Monday.
const frame: PeriodFrame = { from: '2026-03-02', to: '2026-03-15', granularity: 'week', weekStartsOn: 1 };
// 16 March 2026, 12:00 in Paris.
const now = Date.parse('2026-03-16T11:00:00Z');

let serial = 0;
function plan(plannedAt: string | null, overrides: Partial<PlanFact> = {}): PlanFact {
  serial += 1;
  return {
    id: `plan-${serial}`,
    status: 'ready',
    plannedAt,
    timeZone: 'Europe/Paris',
    personIds: ['dana'],
    reflectionId: null,
    deletedAt: null,
    ...overrides,
  };
}

const run = (preparations: PlanFact[], facts = [fact('2026-03-03')], filters = noFilters) =>
  plansFollowedThrough({ preparations, facts, frame, filters, nowMs: now });

describe('plansFollowedThrough: prepared conversations reflected on', () => {
  it('counts ready plans whose time has passed, per period, and how many a reflection looked back on', () => {
    const result = run([
      plan('2026-03-03T10:00', { reflectionId: 'r1' }),
      plan('2026-03-04T10:00'),
      plan('2026-03-10T10:00', { reflectionId: 'r2' }),
    ]);
    expect(result.periods).toEqual([
      { start: '2026-03-02', prepared: 2, reflected: 1 },
      { start: '2026-03-09', prepared: 1, reflected: 1 },
    ]);
    expect(result).toMatchObject({ prepared: 3, reflected: 2 });
  });

  it('leaves out drafts, the Trash, plans still to come, plans with no time and plans outside the range', () => {
    const result = run([
      plan('2026-03-03T10:00', { status: 'draft' }),
      plan('2026-03-03T10:00', { deletedAt: '2026-03-05T10:00:00.000Z' }),
      // Later today in Paris: not yet a conversation that happened.
      plan('2026-03-16T15:00'),
      plan(null),
      plan('2026-02-20T10:00'),
      // Near now, where the zone decides, a zone this computer does not know cannot be placed in time.
      plan('2026-03-16T11:00', { timeZone: 'Not/AZone' }),
    ]);
    expect(result).toMatchObject({ prepared: 0, reflected: 0 });
  });

  it('decides "passed" in the plan’s own zone', () => {
    const justPast = Date.parse('2026-03-12T08:01:00Z');
    const plans = [plan('2026-03-12T09:00')]; // 08:00 UTC in Paris
    expect(
      plansFollowedThrough({ preparations: plans, facts: [], frame, filters: noFilters, nowMs: justPast })
        .prepared,
    ).toBe(1);
    const tokyo = [plan('2026-03-12T09:00', { timeZone: 'America/New_York' })]; // 13:00 UTC
    expect(
      plansFollowedThrough({ preparations: tokyo, facts: [], frame, filters: noFilters, nowMs: justPast })
        .prepared,
    ).toBe(0);
  });

  it('narrows plans by the person filter only, and says so when other filters are set', () => {
    const plans = [plan('2026-03-03T10:00'), plan('2026-03-04T10:00', { personIds: ['lee'] })];
    expect(run(plans, [], { ...noFilters, personId: 'lee' }).prepared).toBe(1);
    const tagged = run(plans, [], { ...noFilters, tag: 'budget' });
    expect(tagged).toMatchObject({ prepared: 2, plansFilteredByPersonOnly: true });
    expect(run(plans).plansFilteredByPersonOnly).toBe(false);
  });
});

describe('plansFollowedThrough: outcomes with and without a plan', () => {
  it('splits the chosen reflections by whether they looked back on a plan, counting each outcome', () => {
    const withPlan = [
      fact('2026-03-03', { outcome: 'achieved' }),
      fact('2026-03-04', { outcome: 'not-yet' }),
    ];
    const without = [
      fact('2026-03-05', { outcome: 'achieved' }),
      fact('2026-03-06', { outcome: 'made-it-worse' }),
      fact('2026-03-07'),
    ];
    // A plan planned before the range still makes its reflection a prepared one.
    const plans = [
      plan('2026-03-03T09:00', { reflectionId: withPlan[0]?.id ?? null }),
      plan('2026-02-27T09:00', { reflectionId: withPlan[1]?.id ?? null }),
    ];
    const result = run(plans, [...withPlan, ...without]);
    expect(result.withPlan).toEqual({
      counts: { achieved: 1, 'partly-achieved': 0, 'not-yet': 1, 'made-it-worse': 0 },
      reflections: 2,
      withOutcome: 2,
    });
    expect(result.withoutPlan).toEqual({
      counts: { achieved: 1, 'partly-achieved': 0, 'not-yet': 0, 'made-it-worse': 1 },
      reflections: 3,
      withOutcome: 2,
    });
    expect(shareOf(result.withPlan.counts.achieved, result.withPlan.withOutcome)).toBe(0.5);
    expect(shareOf(0, 0)).toBeNull();
  });

  it('comes with every Progress report, from the facts the filters chose', () => {
    const dana = fact('2026-03-03', { outcome: 'achieved' });
    const lee = fact('2026-03-04', { outcome: 'achieved', personIds: ['lee'] });
    const report = buildProgressReport({
      facts: [dana, lee],
      range: { from: frame.from, to: frame.to },
      filters: { ...noFilters, personId: 'lee' },
      today: '2026-03-16',
      weekStartsOn: 1,
      principles: [],
      preparations: [plan('2026-03-03T09:00', { reflectionId: dana.id })],
      nowMs: now,
    });
    expect(report.plans.withPlan.reflections).toBe(0);
    expect(report.plans.withoutPlan.reflections).toBe(1);
    expect(report.plans.prepared).toBe(0);
  });

  it('stays fast at 50,000 reflections and 2,000 plans: one pass each', () => {
    const outcomes: (Outcome | null)[] = ['achieved', 'partly-achieved', 'not-yet', 'made-it-worse', null];
    const facts = Array.from({ length: 50_000 }, (_, index) =>
      fact(`2026-03-${String(2 + (index % 14)).padStart(2, '0')}`, { outcome: outcomes[index % 5] ?? null }),
    );
    const plans = Array.from({ length: 2_000 }, (_, index) =>
      plan(`2026-03-${String(2 + (index % 14)).padStart(2, '0')}T10:00`, {
        reflectionId: index % 2 === 0 ? (facts[index * 20]?.id ?? null) : null,
      }),
    );
    const started = performance.now();
    const result = run(plans, facts);
    const elapsed = performance.now() - started;
    expect(result.prepared).toBe(2_000);
    expect(result.reflected).toBe(1_000);
    expect(result.withPlan.reflections + result.withoutPlan.reflections).toBe(50_000);
    expect(result.withPlan.reflections).toBe(1_000);
    // Tens of milliseconds, more on a busy machine; matching each plan against every reflection
    // (2,000 x 50,000) takes seconds, which is what this guards against.
    expect(elapsed).toBeLessThan(1_000);
  });
});
