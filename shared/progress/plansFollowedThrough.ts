import { DAY_MS, localDateTimeToEpochMs, parseLocalDateTime, toWallClockMs } from '../domain/localDateTime';
import type { Preparation } from '../domain/preparationSchema';
import { outcomeValues, type Outcome } from '../domain/reflectionLabels';
import type { PeriodFrame } from './periodAggregates';
import { periodStartOf, periodStarts, type Day } from './progressCalendar';
import type { ProgressFact } from './progressFact';
import type { ProgressFilters } from './progressRange';

/** What the figure needs of a plan: no text, so reading every plan stays cheap. */
export type PlanFact = Pick<
  Preparation,
  'id' | 'status' | 'plannedAt' | 'timeZone' | 'personIds' | 'reflectionId' | 'deletedAt'
>;

/** What the plans figure needs of a reflection a plan looked back on. */
export type PlannedFact = Pick<ProgressFact, 'id' | 'day' | 'outcome'>;

/** Below this many, a share or a comparison says more about chance than about habits. */
export const MIN_COUNT_FOR_A_TREND = 5;

export interface PlanPeriod {
  readonly start: Day;
  /** Ready plans in this period whose time has passed: prepared conversations. */
  readonly prepared: number;
  /** Of those, the ones a reflection looked back on. */
  readonly reflected: number;
}

export interface OutcomeGroup {
  readonly counts: Readonly<Record<Outcome, number>>;
  /** Complete reflections in the group, with or without an outcome. */
  readonly reflections: number;
  /** Of those, how many gave an outcome: what the shares are taken of. */
  readonly withOutcome: number;
}

export interface PlansFollowedThrough {
  readonly periods: readonly PlanPeriod[];
  readonly prepared: number;
  readonly reflected: number;
  /** Complete reflections that looked back on a plan, and those that did not. */
  readonly withPlan: OutcomeGroup;
  readonly withoutPlan: OutcomeGroup;
  /** Plans carry no tags or relationship, so those filters narrow the reflections only. */
  readonly plansFilteredByPersonOnly: boolean;
}

function emptyCounts(): Record<Outcome, number> {
  return Object.fromEntries(outcomeValues.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
}

/** The local day a plan is for, when it has a readable time. */
function plannedDay(plan: PlanFact): Day | null {
  return plan.plannedAt === null || parseLocalDateTime(plan.plannedAt) === null
    ? null
    : plan.plannedAt.slice(0, 10);
}

/**
 * Every zone is within a day of UTC, so only a plan within a day of now needs its zone's offset
 * (which costs a time-zone lookup); the rest are plainly past or plainly to come.
 */
function hasPassed(plan: PlanFact, nowMs: number): boolean {
  if (plan.plannedAt === null) return false;
  const parts = parseLocalDateTime(plan.plannedAt);
  if (parts === null) return false;
  const wallMs = toWallClockMs(parts);
  if (wallMs <= nowMs - DAY_MS) return true;
  if (wallMs > nowMs + DAY_MS) return false;
  try {
    return localDateTimeToEpochMs(plan.plannedAt, plan.timeZone) <= nowMs;
  } catch {
    // A zone this computer does not know: the plan cannot be placed in time, so it is not counted.
    return false;
  }
}

interface PlanInput {
  readonly preparations: readonly PlanFact[];
  readonly frame: PeriodFrame;
  readonly filters: ProgressFilters;
  readonly nowMs: number;
}

/** Prepared conversations per period, and which reflections looked back on a plan. */
function planPeriods(input: PlanInput) {
  const { frame, filters, nowMs } = input;
  const starts = periodStarts(frame.from, frame.to, frame.granularity, frame.weekStartsOn);
  const byStart = new Map(starts.map((start) => [start, { prepared: 0, reflected: 0 }]));
  const planned = new Set<string>();
  // Far fewer distinct days than plans: the calendar arithmetic runs once a day.
  const startOfDay = new Map<Day, Day>();
  let prepared = 0;
  let reflected = 0;
  for (const plan of input.preparations) {
    if (plan.deletedAt !== null) continue;
    // Any reflection that looked back on a plan counts as prepared, whatever the plan's own day.
    if (plan.reflectionId !== null) planned.add(plan.reflectionId);
    if (plan.status !== 'ready' || !hasPassed(plan, nowMs)) continue;
    if (filters.personId !== null && !plan.personIds.includes(filters.personId)) continue;
    const day = plannedDay(plan);
    if (day === null || day < frame.from || day > frame.to) continue;
    let start = startOfDay.get(day);
    if (start === undefined) {
      start = periodStartOf(day, frame.granularity, frame.weekStartsOn);
      startOfDay.set(day, start);
    }
    const period = byStart.get(start);
    if (period === undefined) continue;
    period.prepared += 1;
    prepared += 1;
    if (plan.reflectionId !== null) {
      period.reflected += 1;
      reflected += 1;
    }
  }
  return {
    periods: starts.map((start) => ({ start, ...(byStart.get(start) ?? { prepared: 0, reflected: 0 }) })),
    prepared,
    reflected,
    planned,
    plansFilteredByPersonOnly: filters.relationship !== null || filters.tag !== null,
  };
}

/**
 * "Plans followed through": per period, how many prepared conversations (ready plans whose time
 * has passed) a reflection looked back on; and the outcomes of conversations reflected on with a
 * plan against those without one. `facts` are the complete reflections the page already chose
 * (range and filters). Plans are read once and the facts counted in one pass, so a journal of
 * 50,000 reflections costs one set lookup per reflection.
 */
export function plansFollowedThrough(
  input: PlanInput & { readonly facts: readonly ProgressFact[] },
): PlansFollowedThrough {
  const { planned, ...plans } = planPeriods(input);
  const withPlan = { counts: emptyCounts(), reflections: 0, withOutcome: 0 };
  const withoutPlan = { counts: emptyCounts(), reflections: 0, withOutcome: 0 };
  for (const fact of input.facts) {
    const group = planned.has(fact.id) ? withPlan : withoutPlan;
    group.reflections += 1;
    if (fact.outcome === null) continue;
    group.counts[fact.outcome] += 1;
    group.withOutcome += 1;
  }
  return { ...plans, withPlan, withoutPlan };
}

/**
 * The same without the facts of the range: from its totals and the facts of the reflections some
 * plan looked back on (any day; those outside the frame are left out here). The few planned ones
 * are counted, and the rest is the totals less them.
 */
export function plansFollowedThroughOfTotals(
  input: PlanInput & {
    readonly totals: { readonly reflections: number; readonly counts: Readonly<Record<Outcome, number>> };
    readonly plannedFacts: readonly PlannedFact[];
  },
): PlansFollowedThrough {
  const { planned, ...plans } = planPeriods(input);
  const { frame } = input;
  const withPlan = { counts: emptyCounts(), reflections: 0, withOutcome: 0 };
  const counted = new Set<string>();
  for (const fact of input.plannedFacts) {
    if (!planned.has(fact.id) || counted.has(fact.id) || fact.day < frame.from || fact.day > frame.to)
      continue;
    counted.add(fact.id);
    withPlan.reflections += 1;
    if (fact.outcome === null) continue;
    withPlan.counts[fact.outcome] += 1;
    withPlan.withOutcome += 1;
  }
  const counts = emptyCounts();
  for (const outcome of outcomeValues)
    counts[outcome] = input.totals.counts[outcome] - withPlan.counts[outcome];
  const withoutPlan = {
    counts,
    reflections: input.totals.reflections - withPlan.reflections,
    withOutcome: outcomeValues.reduce((sum, outcome) => sum + counts[outcome], 0),
  };
  return { ...plans, withPlan, withoutPlan };
}

/** The share of a count, or null when there is nothing to take it of. */
export function shareOf(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
