import { outcomeValues, type Outcome } from '../domain/reflectionLabels';
import {
  periodStartOf,
  periodStarts,
  type Day,
  type Granularity,
  type WeekStartDay,
} from './progressCalendar';
import type { ProgressFact } from './progressFact';

/** The principles a figure shows: the person's own names, hidden ones already left out. */
export interface ShownPrinciple {
  readonly id: string;
  readonly title: string;
}

export interface PeriodFrame {
  readonly from: Day;
  readonly to: Day;
  readonly granularity: Granularity;
  readonly weekStartsOn: WeekStartDay;
}

/**
 * Groups facts (or day rollups: anything with a day) by the first day of their period; every
 * period in the frame is present, empty or not.
 */
export function byPeriod<T extends { readonly day: Day }>(
  facts: readonly T[],
  frame: PeriodFrame,
): Map<Day, T[]> {
  const groups = new Map<Day, T[]>(
    periodStarts(frame.from, frame.to, frame.granularity, frame.weekStartsOn).map((start) => [start, []]),
  );
  // A journal has far fewer distinct days than reflections; the calendar arithmetic runs once a day.
  const startOfDay = new Map<Day, Day>();
  for (const fact of facts) {
    let start = startOfDay.get(fact.day);
    if (start === undefined) {
      start = periodStartOf(fact.day, frame.granularity, frame.weekStartsOn);
      startOfDay.set(fact.day, start);
    }
    groups.get(start)?.push(fact);
  }
  return groups;
}

export interface RatingLine {
  readonly principleId: string;
  readonly title: string;
  /** Average rating per period; null where nothing was rated, never zero. */
  readonly averages: readonly (number | null)[];
  readonly counts: readonly number[];
}

export interface RatingsOverTime {
  readonly periods: readonly Day[];
  readonly lines: readonly RatingLine[];
}

export function ratingsOverTime(
  facts: readonly ProgressFact[],
  frame: PeriodFrame,
  principles: readonly ShownPrinciple[],
): RatingsOverTime {
  const groups = [...byPeriod(facts, frame)];
  return {
    periods: groups.map(([start]) => start),
    lines: principles.map(({ id, title }) => {
      const sums = groups.map(([, group]) => {
        let sum = 0;
        let count = 0;
        for (const fact of group) {
          const rating = fact.principles[id]?.rating ?? null;
          if (rating !== null) {
            sum += rating;
            count += 1;
          }
        }
        return { sum, count };
      });
      return {
        principleId: id,
        title,
        averages: sums.map(({ sum, count }) => (count === 0 ? null : sum / count)),
        counts: sums.map(({ count }) => count),
      };
    }),
  };
}

export interface OutcomePeriod {
  readonly start: Day;
  readonly counts: Readonly<Record<Outcome, number>>;
  readonly total: number;
}

/** Counts of each outcome per period; reflections with no outcome recorded are not counted. */
export function outcomesByPeriod(facts: readonly ProgressFact[], frame: PeriodFrame): OutcomePeriod[] {
  return [...byPeriod(facts, frame)].map(([start, group]) => {
    const counts = Object.fromEntries(outcomeValues.map((outcome) => [outcome, 0])) as Record<
      Outcome,
      number
    >;
    for (const fact of group) if (fact.outcome !== null) counts[fact.outcome] += 1;
    return { start, counts, total: outcomeValues.reduce((sum, outcome) => sum + counts[outcome], 0) };
  });
}

export interface EscalationPeriod {
  readonly start: Day;
  readonly escalated: number;
  /** Attempts where the escalation question was answered at all. */
  readonly answered: number;
  readonly share: number | null;
}

export type TrendDirection = 'fewer' | 'more' | 'steady';

export interface Escalations {
  readonly periods: readonly EscalationPeriod[];
  readonly escalated: number;
  readonly answered: number;
  /** Null with fewer than three periods that have answers: two points make a line, not a trend. */
  readonly trend: { readonly direction: TrendDirection; readonly changePerPeriod: number } | null;
}

const MIN_TREND_PERIODS = 3;
// A change of under one percentage point a period is noise at the sizes a journal has.
const STEADY_SLOPE = 0.01;

/** Least-squares slope of share against period index, over the periods that have a share. */
function slope(points: readonly { x: number; y: number }[]): number {
  const n = points.length;
  const meanX = points.reduce((sum, { x }) => sum + x, 0) / n;
  const meanY = points.reduce((sum, { y }) => sum + y, 0) / n;
  let numerator = 0;
  let denominator = 0;
  for (const { x, y } of points) {
    numerator += (x - meanX) * (y - meanY);
    denominator += (x - meanX) ** 2;
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

export function escalations(facts: readonly ProgressFact[], frame: PeriodFrame): Escalations {
  return escalationsOf(
    [...byPeriod(facts, frame)].map(([start, group]) => ({
      start,
      escalated: group.filter((fact) => fact.escalated === 'yes').length,
      answered: group.filter((fact) => fact.escalated !== null).length,
    })),
  );
}

/** The figure from each period's counts, in order: shares, totals and the trend. */
export function escalationsOf(
  counts: readonly { readonly start: Day; readonly escalated: number; readonly answered: number }[],
): Escalations {
  const periods = counts.map(({ start, escalated, answered }): EscalationPeriod => ({
    start,
    escalated,
    answered,
    share: answered === 0 ? null : escalated / answered,
  }));
  const points = periods.flatMap((period, x) => (period.share === null ? [] : [{ x, y: period.share }]));
  let trend: Escalations['trend'] = null;
  if (points.length >= MIN_TREND_PERIODS) {
    const changePerPeriod = slope(points);
    const direction: TrendDirection =
      Math.abs(changePerPeriod) < STEADY_SLOPE ? 'steady' : changePerPeriod < 0 ? 'fewer' : 'more';
    trend = { direction, changePerPeriod };
  }
  return {
    periods,
    escalated: periods.reduce((sum, period) => sum + period.escalated, 0),
    answered: periods.reduce((sum, period) => sum + period.answered, 0),
    trend,
  };
}

export interface PrincipleCoverage {
  readonly principleId: string;
  readonly title: string;
  readonly applied: number;
  /** Marked as not applied. */
  readonly skipped: number;
  /** Given no rating, whether applied or not. */
  readonly unrated: number;
  readonly reflections: number;
}

export function principleCoverage(
  facts: readonly ProgressFact[],
  principles: readonly ShownPrinciple[],
): PrincipleCoverage[] {
  return principles.map(({ id, title }) => {
    let applied = 0;
    let skipped = 0;
    let unrated = 0;
    for (const fact of facts) {
      const entry = fact.principles[id];
      if (entry?.applied === true) applied += 1;
      if (entry?.applied === false) skipped += 1;
      if ((entry?.rating ?? null) === null) unrated += 1;
    }
    return { principleId: id, title, applied, skipped, unrated, reflections: facts.length };
  });
}

/** Below this many attempts a share is shown but flagged: one attempt more could swing it. */
export const MIN_MEANINGFUL_SAMPLE = 5;

export interface ShareOfAchieved {
  readonly achieved: number;
  readonly attempts: number;
  readonly share: number | null;
}

export interface OutcomeHabit {
  readonly principleId: string;
  readonly title: string;
  /** Attempts where the principle was applied or rated 4 or 5. */
  readonly withPrinciple: ShareOfAchieved;
  readonly withoutPrinciple: ShareOfAchieved;
  readonly tooSmallSample: boolean;
}

function shareOfAchieved(achieved: number, attempts: number): ShareOfAchieved {
  return { achieved, attempts, share: attempts === 0 ? null : achieved / attempts };
}

export function isPractised(fact: ProgressFact, principleId: string): boolean {
  const entry = fact.principles[principleId];
  return entry !== undefined && (entry.applied === true || (entry.rating !== null && entry.rating >= 4));
}

/** Per principle, how often attempts were achieved with it and without it; only attempts with an outcome count. */
export function goodOutcomeHabits(
  facts: readonly ProgressFact[],
  principles: readonly ShownPrinciple[],
): OutcomeHabit[] {
  // Counted in one pass per principle without building lists: at 50,000 reflections the lists cost more than the counting.
  return principles.map(({ id, title }) => {
    let withAttempts = 0;
    let withAchieved = 0;
    let withoutAttempts = 0;
    let withoutAchieved = 0;
    for (const fact of facts) {
      if (fact.outcome === null) continue;
      const achieved = fact.outcome === 'achieved' ? 1 : 0;
      if (isPractised(fact, id)) {
        withAttempts += 1;
        withAchieved += achieved;
      } else {
        withoutAttempts += 1;
        withoutAchieved += achieved;
      }
    }
    return outcomeHabit({ id, title }, withAchieved, withAttempts, withoutAchieved, withoutAttempts);
  });
}

/** One principle's habit from its counts of achieved attempts with and without it. */
export function outcomeHabit(
  { id, title }: ShownPrinciple,
  withAchieved: number,
  withAttempts: number,
  withoutAchieved: number,
  withoutAttempts: number,
): OutcomeHabit {
  const withPrinciple = shareOfAchieved(withAchieved, withAttempts);
  const withoutPrinciple = shareOfAchieved(withoutAchieved, withoutAttempts);
  return {
    principleId: id,
    title,
    withPrinciple,
    withoutPrinciple,
    tooSmallSample:
      withPrinciple.attempts < MIN_MEANINGFUL_SAMPLE || withoutPrinciple.attempts < MIN_MEANINGFUL_SAMPLE,
  };
}
