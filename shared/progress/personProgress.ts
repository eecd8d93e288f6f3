import { outcomesByPeriod, type OutcomePeriod, type PeriodFrame } from './periodAggregates';
import { periodStartOf, type Day, type WeekStartDay } from './progressCalendar';
import type { ProgressFact } from './progressFact';
import { granularityFor, noFilters, selectFacts } from './progressRange';

export interface PersonPeriod extends OutcomePeriod {
  /** The average trust rating given after reflections about this person; null, never zero, without one. */
  readonly averageTrust: number | null;
  readonly trustRatings: number;
}

export interface PersonProgress {
  readonly frame: PeriodFrame;
  readonly reflections: number;
  readonly periods: readonly PersonPeriod[];
}

/**
 * Outcomes and trust per week (per month over six months) with one person, from the first
 * reflection about them to today, with the same periods and counting as the Progress page.
 * Null when no complete reflection names them.
 */
export function personProgress(
  facts: readonly ProgressFact[],
  personId: string,
  today: Day,
  weekStartsOn: WeekStartDay,
): PersonProgress | null {
  const theirs = facts.filter((fact) => fact.personIds.includes(personId));
  const first = theirs.reduce<Day | null>(
    (day, fact) => (day === null || fact.day < day ? fact.day : day),
    null,
  );
  if (first === null) return null;
  const from = first < today ? first : today;
  const frame: PeriodFrame = { from, to: today, granularity: granularityFor(from, today), weekStartsOn };
  const shown = selectFacts(theirs, from, today, { ...noFilters, personId });

  const trust = new Map<Day, { sum: number; count: number }>();
  for (const fact of shown) {
    if (fact.trust === null) continue;
    const start = periodStartOf(fact.day, frame.granularity, weekStartsOn);
    const entry = trust.get(start) ?? { sum: 0, count: 0 };
    trust.set(start, { sum: entry.sum + fact.trust, count: entry.count + 1 });
  }
  return {
    frame,
    reflections: shown.length,
    periods: outcomesByPeriod(shown, frame).map((period) => {
      const entry = trust.get(period.start);
      return {
        ...period,
        averageTrust: entry === undefined ? null : entry.sum / entry.count,
        trustRatings: entry?.count ?? 0,
      };
    }),
  };
}
