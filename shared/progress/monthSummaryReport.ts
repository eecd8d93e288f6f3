import { outcomeValues, type Outcome, type Relationship } from '../domain/reflectionLabels';
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
  APPLIED,
  DAY_SLOTS,
  dayOfMonth,
  PRACTISED,
  PRACTISED_ACHIEVED,
  PRINCIPLE_FIELDS,
  RATING_COUNT,
  RATING_SUM,
  SKIPPED,
  summariseMonth,
  type MonthEntry,
  type MonthSummary,
} from './monthSummary';
import {
  escalationsOf,
  outcomeHabit,
  type PrincipleCoverage,
  type RatingsOverTime,
} from './periodAggregates';
import { plansFollowedThroughOfTotals, type PlannedFact } from './plansFollowedThrough';
import { dayNumber, periodStarts, type Day } from './progressCalendar';
import type { ProgressMonth } from './progressMonth';
import { noFilters, type ProgressFilters } from './progressRange';
import { periodFrameFor, type ProgressReport, type ProgressReportInput } from './progressReport';
import { daysOfRange, streaksOfDayNumbers } from './dayStreaks';
import { sphereGroups, type PersonSummary } from './streaksAndPeople';

export interface MonthReportInput extends Omit<ProgressReportInput, 'facts'> {
  /** Every month of the journal's facts that the range may touch, by `YYYY-MM`. */
  readonly months: ReadonlyMap<string, ProgressMonth>;
  /** Summaries of every fact of a month, kept by the caller; a month without one is summarised here. */
  readonly summaries?: ReadonlyMap<string, MonthSummary>;
  /**
   * Summaries of every fact of a month per relationship (`summariseMonthByRelationship`), kept by
   * the caller: a whole month under a relationship filter alone is its kept summary.
   */
  readonly relationshipSummaries?: ReadonlyMap<string, ReadonlyMap<string, MonthSummary>>;
}

/** Adds to a typed array's entry. */
function add(column: Float64Array | Uint32Array, index: number, value: number): void {
  column[index] = (column[index] ?? 0) + value;
}

const hasFilter = (filters: ProgressFilters) =>
  filters.personId !== null || filters.relationship !== null || filters.tag !== null;

const byRelationshipAlone = (filters: ProgressFilters) =>
  filters.relationship !== null && filters.personId === null && filters.tag === null;

/**
 * The same report as `buildProgressReport` over the months' facts, from month summaries: a whole
 * month with no filter is its kept summary, and only the months at the range's edges (or every
 * month of the range, under a filter) are summarised again, from their columns.
 */
export function buildProgressReportFromMonths(input: MonthReportInput): ProgressReport {
  const { range, today, weekStartsOn, principles, filters } = input;
  const keys = [...input.months.keys()].sort();
  const lastMonth = range.to.slice(0, 7);
  const toDay = Number(range.to.slice(8, 10));
  const whole = (key: string) => {
    const month = input.months.get(key) as ProgressMonth;
    return input.summaries?.get(key) ?? summariseMonth(month);
  };

  // "All time" starts at the first day with a reflection (filtered or not) up to the range's end.
  let firstDay: Day | null = null;
  if (range.from === null) {
    for (const key of keys) {
      if (key > lastMonth) break;
      const summary = whole(key);
      const last = key === lastMonth ? toDay : 31;
      for (let day = 1; day <= last && firstDay === null; day += 1) {
        if ((summary.perDay[day] ?? 0) > 0) firstDay = dayOfMonth(key, day);
      }
      if (firstDay !== null) break;
    }
  }
  const frame = periodFrameFor(range, weekStartsOn, firstDay === null ? [] : [{ day: firstDay }]);
  const firstMonth = frame.from.slice(0, 7);
  const fromDay = Number(frame.from.slice(8, 10));
  const summaries: MonthSummary[] = [];
  for (const key of keys) {
    if (key < firstMonth || key > lastMonth) continue;
    const scope = {
      fromDay: key === firstMonth ? fromDay : 1,
      toDay: key === lastMonth ? toDay : 31,
      filters,
    };
    const wholeMonth = scope.fromDay === 1 && scope.toDay === 31;
    const kept = !wholeMonth
      ? undefined
      : !hasFilter(filters)
        ? whole(key)
        : byRelationshipAlone(filters)
          ? input.relationshipSummaries?.get(key)?.get(filters.relationship as string)
          : undefined;
    summaries.push(kept ?? summariseMonth(input.months.get(key) as ProgressMonth, scope));
  }

  const starts = periodStarts(frame.from, frame.to, frame.granularity, weekStartsOn);
  const firstStart = dayNumber(starts[0] ?? frame.from);
  const monthPeriod = new Map(starts.map((start, index) => [start.slice(0, 7), index]));
  const fromNumber = dayNumber(frame.from);
  const sinceNumber = dayNumber(lowestRatedSince(today));
  const todayNumber = dayNumber(today);
  const shown = principles.length;
  const periodCount = starts.length;
  const periodRatings = new Float64Array(periodCount * shown * 2);
  const periodOutcomes = new Uint32Array(periodCount * outcomeValues.length);
  const periodEscalations = new Uint32Array(periodCount * 2);
  const totals = new Float64Array(shown * PRINCIPLE_FIELDS);
  const recent = new Float64Array(shown * 2);
  const outcomeTotals = new Uint32Array(outcomeValues.length);
  const dayCounts = new Uint32Array(dayNumber(frame.to) - fromNumber + 1);
  const byPerson = new Map<string, RangePerson>();
  let reflections = 0;

  for (const summary of summaries) {
    reflections += summary.reflections;
    const principleAt = principles.map(({ id }) => summary.principleIds.indexOf(id));
    const monthIndex = monthPeriod.get(summary.month) ?? 0;
    for (let day = 1; day < DAY_SLOTS; day += 1) {
      const count = summary.perDay[day] ?? 0;
      if (count === 0) continue;
      const number = summary.firstDay + day - 1;
      dayCounts[number - fromNumber] = count;
      const period = frame.granularity === 'month' ? monthIndex : Math.floor((number - firstStart) / 7);
      outcomeValues.forEach((_, outcome) => {
        const n = summary.outcomes[outcome * DAY_SLOTS + day] ?? 0;
        add(periodOutcomes, period * outcomeValues.length + outcome, n);
        add(outcomeTotals, outcome, n);
      });
      add(periodEscalations, period * 2, summary.escalated[day] ?? 0);
      add(periodEscalations, period * 2 + 1, summary.answered[day] ?? 0);
      const isRecent = number >= sinceNumber && number <= todayNumber;
      principleAt.forEach((index, shownIndex) => {
        if (index < 0) return;
        const base = (index * DAY_SLOTS + day) * PRINCIPLE_FIELDS;
        const sum = summary.principles[base + RATING_SUM] ?? 0;
        const rated = summary.principles[base + RATING_COUNT] ?? 0;
        add(periodRatings, (period * shown + shownIndex) * 2, sum);
        add(periodRatings, (period * shown + shownIndex) * 2 + 1, rated);
        for (let field = 0; field < PRINCIPLE_FIELDS; field += 1) {
          add(totals, shownIndex * PRINCIPLE_FIELDS + field, summary.principles[base + field] ?? 0);
        }
        if (isRecent) {
          add(recent, shownIndex * 2, sum);
          add(recent, shownIndex * 2 + 1, rated);
        }
      });
    }
    notePeople(byPerson, summary);
  }

  const total = (shownIndex: number, field: number) => totals[shownIndex * PRINCIPLE_FIELDS + field] ?? 0;
  const ratings: RatingsOverTime = {
    periods: starts,
    lines: principles.map(({ id, title }, shownIndex) => {
      const sums = starts.map((_, period) => ({
        sum: periodRatings[(period * shown + shownIndex) * 2] ?? 0,
        count: periodRatings[(period * shown + shownIndex) * 2 + 1] ?? 0,
      }));
      return {
        principleId: id,
        title,
        averages: sums.map(({ sum, count }) => (count === 0 ? null : sum / count)),
        counts: sums.map(({ count }) => count),
      };
    }),
  };
  const coverage: PrincipleCoverage[] = principles.map(({ id, title }, shownIndex) => ({
    principleId: id,
    title,
    applied: total(shownIndex, APPLIED),
    skipped: total(shownIndex, SKIPPED),
    unrated: reflections - total(shownIndex, RATING_COUNT),
    reflections,
  }));
  const counts = outcomeCounts(outcomeTotals, 0);
  const attempts = outcomeValues.reduce((sum, outcome) => sum + counts[outcome], 0);
  const habits = principles.map((principle, shownIndex) =>
    outcomeHabit(
      principle,
      total(shownIndex, PRACTISED_ACHIEVED),
      total(shownIndex, PRACTISED),
      counts.achieved - total(shownIndex, PRACTISED_ACHIEVED),
      attempts - total(shownIndex, PRACTISED),
    ),
  );
  const streaks = streaksOfDayNumbers(dayCounts, fromNumber, todayNumber, weekStartsOn);
  const dayRuns = { ...streaks, days: daysOfRange(frame.from, dayCounts) };

  return {
    frame,
    reflections,
    ratings,
    outcomes: starts.map((start, period) => {
      const periodCounts = outcomeCounts(periodOutcomes, period * outcomeValues.length);
      return {
        start,
        counts: periodCounts,
        total: outcomeValues.reduce((sum, outcome) => sum + periodCounts[outcome], 0),
      };
    }),
    escalations: escalationsOf(
      starts.map((start, period) => ({
        start,
        escalated: periodEscalations[period * 2] ?? 0,
        answered: periodEscalations[period * 2 + 1] ?? 0,
      })),
    ),
    streaks: dayRuns,
    coverage,
    sphere: sphereGroups(personSummaries(byPerson), input.recordedRelationships),
    habits,
    insights: firstInsights([
      escalationInsightOf(newestAnswers(summaries)),
      lowestRatedInsightOf(
        principles.map(({ title }, shownIndex) => ({
          title,
          sum: recent[shownIndex * 2] ?? 0,
          count: recent[shownIndex * 2 + 1] ?? 0,
        })),
      ),
      leastPractisedInsightOf(
        coverage.map(({ title, applied }) => ({ title, count: applied })),
        reflections,
      ),
      bestHabitInsight(habits),
      streakInsight(dayRuns),
    ]),
    plans: plansFollowedThroughOfTotals({
      preparations: input.preparations ?? [],
      plannedFacts: plannedFacts(input, summaries),
      totals: { reflections, counts },
      frame,
      filters: filters ?? noFilters,
      nowMs: input.nowMs ?? Date.now(),
    }),
  };
}

function outcomeCounts(column: Uint32Array, offset: number): Record<Outcome, number> {
  const counts = {} as Record<Outcome, number>;
  outcomeValues.forEach((outcome, index) => {
    counts[outcome] = column[offset + index] ?? 0;
  });
  return counts;
}

interface RangePerson {
  interactions: number;
  last: { readonly month: string; readonly day: number };
  trust: { readonly month: string; readonly entry: MonthEntry<number> } | null;
  seen: { readonly month: string; readonly entry: MonthEntry<string> } | null;
}

/**
 * Adds a month's people to the range's; months come oldest first, so a month's newest is the
 * newest yet. Days are named only once, at the end, for the few hundred people of a journal.
 */
function notePeople(byPerson: Map<string, RangePerson>, summary: MonthSummary): void {
  const { month } = summary;
  for (const person of summary.people) {
    const before = byPerson.get(person.personId);
    const trust = person.trust === null ? null : { month, entry: person.trust };
    const seen = person.seen === null ? null : { month, entry: person.seen };
    if (before === undefined) {
      byPerson.set(person.personId, {
        interactions: person.interactions,
        last: { month, day: person.lastDay },
        trust,
        seen,
      });
      continue;
    }
    before.interactions += person.interactions;
    before.last = { month, day: person.lastDay };
    if (trust !== null) before.trust = trust;
    if (seen !== null) before.seen = seen;
  }
}

function personSummaries(byPerson: ReadonlyMap<string, RangePerson>): Map<string, PersonSummary> {
  const summaries = new Map<string, PersonSummary>();
  for (const [personId, { interactions, last, trust, seen }] of byPerson) {
    summaries.set(personId, {
      interactions,
      last: dayOfMonth(last.month, last.day),
      trust:
        trust === null
          ? null
          : { day: dayOfMonth(trust.month, trust.entry.day), id: trust.entry.id, value: trust.entry.value },
      seen:
        seen === null
          ? null
          : {
              day: dayOfMonth(seen.month, seen.entry.day),
              id: seen.entry.id,
              value: seen.entry.value as Relationship,
            },
    });
  }
  return summaries;
}

/** The newest answers to the escalation question over the summaries (oldest month first), oldest first. */
function newestAnswers(summaries: readonly MonthSummary[]): boolean[] {
  const answers: boolean[] = [];
  for (
    let index = summaries.length - 1;
    index >= 0 && answers.length < ESCALATION_ANSWERS_COMPARED;
    index -= 1
  ) {
    const newest = (summaries[index] as MonthSummary).newestAnswers;
    for (let at = newest.length - 1; at >= 0 && answers.length < ESCALATION_ANSWERS_COMPARED; at -= 1) {
      answers.push(newest[at] as boolean);
    }
  }
  return answers.reverse();
}

/** The kept facts of the range that some plan looked back on: the few the plans figure counts one by one. */
function plannedFacts(input: MonthReportInput, summaries: readonly MonthSummary[]): PlannedFact[] {
  const planned = new Set<string>();
  for (const plan of input.preparations ?? []) {
    if (plan.deletedAt === null && plan.reflectionId !== null) planned.add(plan.reflectionId);
  }
  const found: PlannedFact[] = [];
  if (planned.size === 0) return found;
  for (const summary of summaries) {
    const month = input.months.get(summary.month) as ProgressMonth;
    const count = summary.kept?.length ?? month.ids.length;
    for (let index = 0; index < count; index += 1) {
      const at = summary.kept === null ? index : (summary.kept[index] ?? 0);
      const id = month.ids[at] ?? '';
      if (!planned.has(id)) continue;
      const outcome = month.outcomes.codes[at] ?? 0;
      found.push({
        id,
        day: dayOfMonth(month.month, month.days[at] ?? 0),
        outcome: outcome === 0 ? null : ((month.outcomes.values[outcome - 1] ?? null) as Outcome | null),
      });
    }
  }
  return found;
}
