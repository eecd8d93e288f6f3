import type { Relationship } from '../domain/reflectionLabels';
import { progressInsights, type Insight } from './insights';
import {
  escalations,
  goodOutcomeHabits,
  outcomesByPeriod,
  principleCoverage,
  ratingsOverTime,
  type Escalations,
  type OutcomeHabit,
  type OutcomePeriod,
  type PeriodFrame,
  type PrincipleCoverage,
  type RatingsOverTime,
  type ShownPrinciple,
} from './periodAggregates';
import { plansFollowedThrough, type PlanFact, type PlansFollowedThrough } from './plansFollowedThrough';
import type { Day, WeekStartDay } from './progressCalendar';
import type { ProgressFact } from './progressFact';
import { granularityFor, selectFacts, type ProgressFilters, type ProgressRange } from './progressRange';
import { sphereOfInfluence, streaks, type SphereGroup, type Streaks } from './streaksAndPeople';

export interface ProgressReportInput {
  readonly facts: readonly ProgressFact[];
  readonly range: ProgressRange;
  readonly filters: ProgressFilters;
  readonly today: Day;
  readonly weekStartsOn: WeekStartDay;
  /** Visible principles only: hidden ones never appear in a figure. */
  readonly principles: readonly ShownPrinciple[];
  readonly recordedRelationships?: ReadonlyMap<string, Relationship | null>;
  /** The journal's plans (the Trash may be included; it is left out), for "Plans followed through". */
  readonly preparations?: readonly PlanFact[];
  /** The moment a plan's time must have passed by to count as a prepared conversation. */
  readonly nowMs?: number;
}

export interface ProgressReport {
  readonly frame: PeriodFrame;
  readonly reflections: number;
  readonly ratings: RatingsOverTime;
  readonly outcomes: readonly OutcomePeriod[];
  readonly escalations: Escalations;
  readonly streaks: Streaks;
  readonly coverage: readonly PrincipleCoverage[];
  readonly sphere: readonly SphereGroup[];
  readonly habits: readonly OutcomeHabit[];
  readonly insights: readonly Insight[];
  readonly plans: PlansFollowedThrough;
}

/**
 * The period the figures span. "All time" starts at the first day recorded (of the facts the
 * filters leave, or of the day rollups), or today for an empty journal.
 */
export function periodFrameFor(
  range: ProgressRange,
  weekStartsOn: WeekStartDay,
  recorded: Iterable<{ readonly day: Day }>,
): PeriodFrame {
  let firstDay: Day | null = null;
  for (const { day } of recorded) if (firstDay === null || day < firstDay) firstDay = day;
  const from = range.from ?? (firstDay !== null && firstDay < range.to ? firstDay : range.to);
  return { from, to: range.to, granularity: granularityFor(from, range.to), weekStartsOn };
}

/** Every figure and insight of the Progress page from one set of facts. */
export function buildProgressReport(input: ProgressReportInput): ProgressReport {
  const { range, today, weekStartsOn, principles } = input;
  const frame = periodFrameFor(range, weekStartsOn, input.facts);
  const { from } = frame;
  const facts = selectFacts(input.facts, from, range.to, input.filters);
  const dayRuns = streaks(facts, from, range.to, today, weekStartsOn);
  const habits = goodOutcomeHabits(facts, principles);
  return {
    frame,
    reflections: facts.length,
    ratings: ratingsOverTime(facts, frame, principles),
    outcomes: outcomesByPeriod(facts, frame),
    escalations: escalations(facts, frame),
    streaks: dayRuns,
    coverage: principleCoverage(facts, principles),
    sphere: sphereOfInfluence(facts, input.recordedRelationships),
    habits,
    insights: progressInsights({ facts, principles, today, streaks: dayRuns, habits }),
    plans: plansFollowedThrough({
      preparations: input.preparations ?? [],
      facts,
      frame,
      filters: input.filters,
      nowMs: input.nowMs ?? Date.now(),
    }),
  };
}
