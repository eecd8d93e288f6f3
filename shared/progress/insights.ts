import { formatCount } from '../domain/validationMessages';
import { addDays, addMonths, type Day } from './progressCalendar';
import type { ProgressFact } from './progressFact';
import type { OutcomeHabit, ShownPrinciple } from './periodAggregates';
import type { Streaks } from './streaksAndPeople';

export interface Insight {
  /** Stable per rule, for keys and tests. */
  readonly rule: 'escalations' | 'lowest-rated' | 'least-practised' | 'best-habit' | 'streak';
  readonly text: string;
}

export interface InsightInput {
  /** Filtered facts in the range, any order. */
  readonly facts: readonly ProgressFact[];
  readonly principles: readonly ShownPrinciple[];
  readonly today: Day;
  readonly streaks: Streaks;
  /** The "what goes with good outcomes" figure's numbers, which the best-habit rule reads. */
  readonly habits: readonly OutcomeHabit[];
}

const ESCALATION_WINDOW = 10;
const MIN_RATINGS_TO_COMPARE = 3;
const MIN_REFLECTIONS_FOR_PRACTICE = 10;
const MIN_HABIT_GAP = 0.1;
const MIN_STREAK_DAYS = 3;
const MIN_STREAK_WEEKS = 3;
export const MAX_INSIGHTS = 5;

const percent = (share: number) => `${Math.round(share * 100)}%`;
const byDayThenId = (a: ProgressFact, b: ProgressFact) =>
  a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * The newest `count` facts with an answer to the escalation question, oldest first. Kept in a
 * small sorted window in one pass: sorting every answer of a 50,000-reflection journal to read
 * the last twenty cost more than all the figures together.
 */
function newestAnswered(facts: readonly ProgressFact[], count: number): ProgressFact[] {
  const window: ProgressFact[] = [];
  for (const fact of facts) {
    if (fact.escalated === null) continue;
    const oldest = window[0];
    if (window.length === count && oldest !== undefined && byDayThenId(fact, oldest) <= 0) continue;
    let index = window.length;
    while (index > 0 && byDayThenId(window[index - 1] as ProgressFact, fact) > 0) index -= 1;
    window.splice(index, 0, fact);
    if (window.length > count) window.shift();
  }
  return window;
}

/** The last 10 answered attempts against the 10 before them; needs 20 answers. */
export function escalationInsight(facts: readonly ProgressFact[]): Insight | null {
  return escalationInsightOf(
    newestAnswered(facts, ESCALATION_WINDOW * 2).map((fact) => fact.escalated === 'yes'),
  );
}

/** How many answers the escalation insight compares: the last ten and the ten before. */
export const ESCALATION_ANSWERS_COMPARED = ESCALATION_WINDOW * 2;

/** The same from the newest answers, oldest first, each true when it was taken to the manager. */
export function escalationInsightOf(newest: readonly boolean[]): Insight | null {
  const answered = newest.slice(-ESCALATION_WINDOW * 2);
  if (answered.length < ESCALATION_WINDOW * 2) return null;
  const count = (slice: readonly boolean[]) => slice.filter((yes) => yes).length;
  const latest = count(answered.slice(-ESCALATION_WINDOW));
  const before = count(answered.slice(-ESCALATION_WINDOW * 2, -ESCALATION_WINDOW));
  const change =
    latest < before
      ? `down from ${before} in the ${ESCALATION_WINDOW} before`
      : latest > before
        ? `up from ${before} in the ${ESCALATION_WINDOW} before`
        : `the same as in the ${ESCALATION_WINDOW} before`;
  return {
    rule: 'escalations',
    text: `You took ${latest} of your last ${ESCALATION_WINDOW} attempts to your manager, ${change}.`,
  };
}

/** The principle rated lowest over the last three months; needs two principles with three ratings each. */
export function lowestRatedInsight(
  facts: readonly ProgressFact[],
  principles: readonly ShownPrinciple[],
  today: Day,
): Insight | null {
  const since = lowestRatedSince(today);
  const recent = facts.filter((fact) => fact.day >= since && fact.day <= today);
  return lowestRatedInsightOf(
    principles.map(({ id, title }) => {
      const ratings = recent.flatMap((fact) => {
        const rating = fact.principles[id]?.rating ?? null;
        return rating === null ? [] : [rating];
      });
      return { title, sum: ratings.reduce((sum, rating) => sum + rating, 0), count: ratings.length };
    }),
  );
}

/** The first day the lowest-rated insight looks at: three months back to today. */
export function lowestRatedSince(today: Day): Day {
  return addDays(addMonths(today, -3), 1);
}

/** The same from each principle's rating sum and count over those three months. */
export function lowestRatedInsightOf(
  ratings: readonly { readonly title: string; readonly sum: number; readonly count: number }[],
): Insight | null {
  const averages = ratings.flatMap(({ title, sum, count }) =>
    count < MIN_RATINGS_TO_COMPARE ? [] : [{ title, average: sum / count }],
  );
  if (averages.length < 2) return null;
  const sorted = [...averages].sort((a, b) => a.average - b.average);
  const [lowest, next] = sorted;
  // A tie has no lowest.
  if (lowest === undefined || next === undefined || next.average - lowest.average < 0.05) return null;
  return {
    rule: 'lowest-rated',
    text: `${lowest.title} is the principle you rate lowest over the last 3 months (${lowest.average.toFixed(1)} of 5).`,
  };
}

/** The principle applied in the smallest share of reflections; needs 10 reflections. */
export function leastPractisedInsight(
  facts: readonly ProgressFact[],
  principles: readonly ShownPrinciple[],
): Insight | null {
  return leastPractisedInsightOf(
    principles.map(({ id, title }) => {
      let count = 0;
      for (const fact of facts) if (fact.principles[id]?.applied === true) count += 1;
      return { title, count };
    }),
    facts.length,
  );
}

/** The same from how often each shown principle was applied, of `reflections`. */
export function leastPractisedInsightOf(
  applied: readonly { readonly title: string; readonly count: number }[],
  reflections: number,
): Insight | null {
  if (reflections < MIN_REFLECTIONS_FOR_PRACTICE || applied.length < 2) return null;
  const sorted = [...applied].sort((a, b) => a.count - b.count);
  const [least, next] = sorted;
  if (least === undefined || next === undefined || least.count === next.count) return null;
  return {
    rule: 'least-practised',
    text: `${least.title} is the principle you practise least: applied in ${formatCount(least.count)} of ${formatCount(reflections)} reflections.`,
  };
}

/** The habit with the widest lead in achieved attempts; both sides need 5 attempts and a 10-point gap. */
export function bestHabitInsight(habits: readonly OutcomeHabit[]): Insight | null {
  const candidates = habits.flatMap((habit) => {
    const { withPrinciple: yes, withoutPrinciple: no } = habit;
    if (habit.tooSmallSample || yes.share === null || no.share === null) return [];
    const gap = yes.share - no.share;
    return gap >= MIN_HABIT_GAP ? [{ habit, gap }] : [];
  });
  const best = candidates.sort((a, b) => b.gap - a.gap)[0];
  if (best === undefined) return null;
  const { title, withPrinciple: yes, withoutPrinciple: no } = best.habit;
  return {
    rule: 'best-habit',
    text:
      `When you practise ${title}, ${percent(yes.share ?? 0)} of attempts are achieved (${formatCount(yes.achieved)} of ${formatCount(yes.attempts)}), ` +
      `against ${percent(no.share ?? 0)} when you do not (${formatCount(no.achieved)} of ${formatCount(no.attempts)}).`,
  };
}

export function streakInsight(streaks: Streaks): Insight | null {
  if (streaks.currentDays >= MIN_STREAK_DAYS) {
    return {
      rule: 'streak',
      text: `You have reflected ${formatCount(streaks.currentDays)} days in a row; your longest run is ${formatCount(streaks.longestDays)} days.`,
    };
  }
  if (streaks.currentWeeks >= MIN_STREAK_WEEKS) {
    return {
      rule: 'streak',
      text: `You have reflected every week for ${formatCount(streaks.currentWeeks)} weeks; your longest run is ${formatCount(streaks.longestWeeks)} weeks.`,
    };
  }
  return null;
}

/** Up to five insights, each only when it has enough data behind it. */
export function progressInsights({ facts, principles, today, streaks, habits }: InsightInput): Insight[] {
  return firstInsights([
    escalationInsight(facts),
    lowestRatedInsight(facts, principles, today),
    leastPractisedInsight(facts, principles),
    bestHabitInsight(habits),
    streakInsight(streaks),
  ]);
}

/** The rules' answers in the page's order, those without enough data left out, five at most. */
export function firstInsights(answers: readonly (Insight | null)[]): Insight[] {
  return answers.filter((insight): insight is Insight => insight !== null).slice(0, MAX_INSIGHTS);
}
