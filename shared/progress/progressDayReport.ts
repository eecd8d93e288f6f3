import { outcomeValues, type Outcome } from '../domain/reflectionLabels';
import {
  bestHabitInsight,
  escalationInsightOf,
  ESCALATION_ANSWERS_COMPARED,
  firstInsights,
  leastPractisedInsightOf,
  lowestRatedInsightOf,
  lowestRatedSince,
  streakInsight,
} from './insights';
import {
  byPeriod,
  escalationsOf,
  outcomeHabit,
  type OutcomeHabit,
  type PrincipleCoverage,
  type RatingsOverTime,
  type ShownPrinciple,
} from './periodAggregates';
import { plansFollowedThroughOfTotals } from './plansFollowedThrough';
import type { Day } from './progressCalendar';
import type { PrincipleDay, ProgressDay } from './progressDay';
import type { ProgressFact } from './progressFact';
import { noFilters } from './progressRange';
import { periodFrameFor, type ProgressReport, type ProgressReportInput } from './progressReport';
import { notePerson, sphereGroups, streaksOfDays, type PersonSummary } from './streaksAndPeople';

export interface ProgressDayReportInput extends Omit<ProgressReportInput, 'facts' | 'filters'> {
  /** The day rollups read for the range (any order; days outside it are left out here). */
  readonly days: readonly ProgressDay[];
  /**
   * The facts of the reflections a plan looked back on, whatever their day: the one figure that
   * tells reflections apart ("Plans followed through") counts these and takes the rest from the days.
   */
  readonly plannedFacts?: readonly ProgressFact[];
}

const noPrinciple: PrincipleDay = {
  ratingSum: 0,
  ratingCount: 0,
  applied: 0,
  skipped: 0,
  practised: 0,
  practisedAchieved: 0,
};

/** One principle's sums over some days. */
function sumPrinciple(days: readonly ProgressDay[], id: string): PrincipleDay {
  let ratingSum = 0;
  let ratingCount = 0;
  let applied = 0;
  let skipped = 0;
  let practised = 0;
  let practisedAchieved = 0;
  for (const day of days) {
    const entry = day.principles[id] ?? noPrinciple;
    ratingSum += entry.ratingSum;
    ratingCount += entry.ratingCount;
    applied += entry.applied;
    skipped += entry.skipped;
    practised += entry.practised;
    practisedAchieved += entry.practisedAchieved;
  }
  return { ratingSum, ratingCount, applied, skipped, practised, practisedAchieved };
}

function sumOutcomes(days: readonly ProgressDay[]): Record<Outcome, number> {
  const counts = Object.fromEntries(outcomeValues.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  for (const day of days) for (const outcome of outcomeValues) counts[outcome] += day.outcomes[outcome];
  return counts;
}

const sumReflections = (days: readonly ProgressDay[]) => days.reduce((sum, day) => sum + day.reflections, 0);

/**
 * Every figure and insight of the Progress page with no person, relationship or tag filter, from
 * the day rollups: the same report as buildProgressReport draws from the facts of the range, at
 * the cost of a few thousand days rather than every reflection.
 */
export function buildProgressReportFromDays(input: ProgressDayReportInput): ProgressReport {
  const { range, today, weekStartsOn, principles } = input;
  const frame = periodFrameFor(range, weekStartsOn, input.days);
  const { from } = frame;
  const days = input.days
    .filter((day) => day.day >= from && day.day <= range.to)
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const periods = [...byPeriod(days, frame)];
  const totals = principles.map(({ id }) => sumPrinciple(days, id));
  const outcomes = sumOutcomes(days);
  const reflections = sumReflections(days);

  const ratings: RatingsOverTime = {
    periods: periods.map(([start]) => start),
    lines: principles.map(({ id, title }) => {
      const sums = periods.map(([, group]) => sumPrinciple(group, id));
      return {
        principleId: id,
        title,
        averages: sums.map(({ ratingSum, ratingCount }) =>
          ratingCount === 0 ? null : ratingSum / ratingCount,
        ),
        counts: sums.map(({ ratingCount }) => ratingCount),
      };
    }),
  };
  const coverage: PrincipleCoverage[] = principles.map(({ id, title }, index) => {
    const sum = totals[index] ?? noPrinciple;
    return {
      principleId: id,
      title,
      applied: sum.applied,
      skipped: sum.skipped,
      unrated: reflections - sum.ratingCount,
      reflections,
    };
  });
  const habits: OutcomeHabit[] = principles.map((principle, index) => {
    const sum = totals[index] ?? noPrinciple;
    const attempts = outcomeValues.reduce((total, outcome) => total + outcomes[outcome], 0);
    return outcomeHabit(
      principle,
      sum.practisedAchieved,
      sum.practised,
      outcomes.achieved - sum.practisedAchieved,
      attempts - sum.practised,
    );
  });
  const dayRuns = streaksOfDays(
    new Map(days.map((day) => [day.day, day.reflections])),
    from,
    range.to,
    today,
    weekStartsOn,
  );

  return {
    frame,
    reflections,
    ratings,
    outcomes: periods.map(([start, group]) => {
      const counts = sumOutcomes(group);
      return { start, counts, total: outcomeValues.reduce((sum, outcome) => sum + counts[outcome], 0) };
    }),
    escalations: escalationsOf(
      periods.map(([start, group]) => {
        let escalated = 0;
        let answered = 0;
        for (const day of group) {
          answered += day.escalations.length;
          for (const [, yes] of day.escalations) if (yes) escalated += 1;
        }
        return { start, escalated, answered };
      }),
    ),
    streaks: dayRuns,
    coverage,
    sphere: sphereGroups(peopleOf(days), input.recordedRelationships),
    habits,
    insights: firstInsights([
      escalationInsightOf(newestAnswers(days)),
      lowestRatedInsightOf(lowestRatedSums(days, principles, today)),
      leastPractisedInsightOf(
        coverage.map(({ title, applied }) => ({ title, count: applied })),
        reflections,
      ),
      bestHabitInsight(habits),
      streakInsight(dayRuns),
    ]),
    plans: plansFollowedThroughOfTotals({
      preparations: input.preparations ?? [],
      plannedFacts: input.plannedFacts ?? [],
      totals: { reflections, counts: outcomes },
      frame,
      filters: noFilters,
      nowMs: input.nowMs ?? Date.now(),
    }),
  };
}

/** Each person's interactions, newest trust and newest relationship over the days. */
function peopleOf(days: readonly ProgressDay[]): Map<string, PersonSummary> {
  const byPerson = new Map<string, PersonSummary>();
  for (const day of days) {
    for (const [personId, person] of Object.entries(day.people)) {
      // Each list is sorted by fact id, so its last entry is the day's newest.
      const trust = person.trust.at(-1);
      const seen = person.relationship.at(-1);
      notePerson(
        byPerson,
        personId,
        day.day,
        person.interactions,
        trust === undefined ? null : { id: trust[0], value: trust[1] },
        seen === undefined ? null : { id: seen[0], value: seen[1] },
      );
    }
  }
  return byPerson;
}

/** The newest answers to the escalation question, oldest first, from days sorted oldest first. */
function newestAnswers(days: readonly ProgressDay[]): boolean[] {
  const answers: boolean[] = [];
  for (let index = days.length - 1; index >= 0 && answers.length < ESCALATION_ANSWERS_COMPARED; index -= 1) {
    const day = days[index] as ProgressDay;
    for (
      let at = day.escalations.length - 1;
      at >= 0 && answers.length < ESCALATION_ANSWERS_COMPARED;
      at -= 1
    ) {
      answers.push((day.escalations[at] as readonly [string, boolean])[1]);
    }
  }
  return answers.reverse();
}

function lowestRatedSums(days: readonly ProgressDay[], principles: readonly ShownPrinciple[], today: Day) {
  const since = lowestRatedSince(today);
  const recent = days.filter((day) => day.day >= since && day.day <= today);
  return principles.map(({ id, title }) => {
    const sum = sumPrinciple(recent, id);
    return { title, sum: sum.ratingSum, count: sum.ratingCount };
  });
}
