import { describe, expect, it } from 'vitest';
import {
  bestHabitInsight,
  escalationInsight,
  leastPractisedInsight,
  leastPractisedInsightOf,
  lowestRatedInsight,
  progressInsights,
  streakInsight,
} from '../../../../shared/progress/insights';
import { goodOutcomeHabits } from '../../../../shared/progress/periodAggregates';
import { addDays } from '../../../../shared/progress/progressCalendar';
import type { ProgressFact } from '../../../../shared/progress/progressFact';
import { streaks } from '../../../../shared/progress/streaksAndPeople';
import { fact, rated } from './factBuilder';

const EA = 'empowered-adults';
const SOI = 'sphere-of-influence';
const principles = [
  { id: EA, title: 'Empowered adults' },
  { id: SOI, title: 'Sphere of influence' },
];
const noStreak = { days: [], currentDays: 0, longestDays: 0, currentWeeks: 0, longestWeeks: 0 };

/** One fact a day from `start`, shaped by `shape(index)`. */
function daily(
  start: string,
  count: number,
  shape: (index: number) => Partial<ProgressFact>,
): ProgressFact[] {
  return Array.from({ length: count }, (_, index) => fact(addDays(start, index), shape(index)));
}

describe('insight: escalations', () => {
  it('compares the last ten answered attempts with the ten before', () => {
    // Six of the first ten, then two of the last ten; unanswered ones do not count.
    const facts = daily('2025-12-20', 20, (i) => ({ escalated: (i < 10 ? i < 6 : i < 12) ? 'yes' : 'no' }));
    facts.push(fact('2026-02-01', { escalated: null }));
    expect(escalationInsight(facts)?.text).toBe(
      'You took 2 of your last 10 attempts to your manager, down from 6 in the 10 before.',
    );
  });

  it('says when it went up, and stays silent with fewer than twenty answers', () => {
    const facts = daily('2026-01-01', 20, (i) => ({ escalated: i >= 15 ? 'yes' : 'no' }));
    expect(escalationInsight(facts)?.text).toBe(
      'You took 5 of your last 10 attempts to your manager, up from 0 in the 10 before.',
    );
    expect(escalationInsight(facts.slice(1))).toBeNull();
  });

  it('reads the newest twenty answers by day from facts in any order, older ones left out', () => {
    // Thirty answered days: the oldest ten all escalated (outside the window), then one of ten,
    // then four of ten; given newest first and interleaved, as a range read need not be sorted.
    const facts = daily('2025-11-01', 30, (i) => ({
      escalated: i < 10 || (i >= 10 && i < 11) || i >= 26 ? 'yes' : 'no',
    }));
    const shuffled = facts
      .flatMap((_, i) => (i % 2 === 0 ? [facts[29 - i / 2]] : [facts[i >> 1]]))
      .filter((entry): entry is ProgressFact => entry !== undefined);
    expect(new Set(shuffled).size).toBe(30);
    expect(escalationInsight(shuffled)?.text).toBe(
      'You took 4 of your last 10 attempts to your manager, up from 1 in the 10 before.',
    );
  });
});

describe('insight: lowest-rated principle', () => {
  it('names the principle rated lowest over the last three months, with its average', () => {
    const facts = [
      ...daily('2026-02-01', 5, (i) => ({
        principles: { ...rated(EA, 4), ...rated(SOI, [2, 3, 3, 2, 3][i] ?? 3) },
      })),
      // Older than three months: left out.
      fact('2025-10-01', { principles: rated(SOI, 5) }),
    ];
    expect(lowestRatedInsight(facts, principles, '2026-03-10')?.text).toBe(
      'Sphere of influence is the principle you rate lowest over the last 3 months (2.6 of 5).',
    );
  });

  it('needs two principles with three ratings each, and a clear lowest', () => {
    const two = daily('2026-02-01', 2, () => ({ principles: { ...rated(EA, 4), ...rated(SOI, 2) } }));
    expect(lowestRatedInsight(two, principles, '2026-03-10')).toBeNull();
    const tied = daily('2026-02-01', 3, () => ({ principles: { ...rated(EA, 3), ...rated(SOI, 3) } }));
    expect(lowestRatedInsight(tied, principles, '2026-03-10')).toBeNull();
  });
});

describe('insight: least-practised principle', () => {
  it('names the principle applied least often, with the counts', () => {
    const facts = daily('2026-02-01', 10, (i) => ({
      principles: { ...rated(EA, null, true), ...rated(SOI, null, i < 3) },
    }));
    expect(leastPractisedInsight(facts, principles)?.text).toBe(
      'Sphere of influence is the principle you practise least: applied in 3 of 10 reflections.',
    );
    expect(leastPractisedInsight(facts.slice(1), principles)).toBeNull();
  });

  it('writes counts in the thousands with separators, as the page writes its own count', () => {
    expect(
      leastPractisedInsightOf(
        [
          { title: 'Sphere of influence', count: 1318 },
          { title: 'Empowered adults', count: 2204 },
        ],
        4155,
      )?.text,
    ).toBe('Sphere of influence is the principle you practise least: applied in 1,318 of 4,155 reflections.');
  });
});

describe('insight: the habit that goes with good outcomes', () => {
  it('names the principle with the widest lead in achieved attempts when both sides have five', () => {
    const facts = daily('2026-02-01', 10, (i) => ({
      outcome: i < 5 ? (i < 4 ? 'achieved' : 'not-yet') : i < 6 ? 'achieved' : 'not-yet',
      principles: rated(SOI, null, i < 5),
    }));
    expect(bestHabitInsight(goodOutcomeHabits(facts, principles))?.text).toBe(
      'When you practise Sphere of influence, 80% of attempts are achieved (4 of 5), against 20% when you do not (1 of 5).',
    );
    expect(bestHabitInsight(goodOutcomeHabits(facts.slice(1), principles))).toBeNull();
  });
});

describe('insight: streak', () => {
  it('speaks of days in a row from three, and otherwise of weeks in a row from three', () => {
    const days = daily('2026-03-01', 3, () => ({}));
    expect(streakInsight(streaks(days, '2026-03-01', '2026-03-03', '2026-03-03', 1))?.text).toBe(
      'You have reflected 3 days in a row; your longest run is 3 days.',
    );
    const weekly = ['2026-02-17', '2026-02-24', '2026-03-03'].map((day) => fact(day));
    expect(streakInsight(streaks(weekly, '2026-02-16', '2026-03-05', '2026-03-05', 1))?.text).toBe(
      'You have reflected every week for 3 weeks; your longest run is 3 weeks.',
    );
    expect(streakInsight(streaks(days.slice(1), '2026-03-01', '2026-03-03', '2026-03-03', 1))).toBeNull();
  });
});

describe('insights together', () => {
  it('shows none for a journal too small for any rule', () => {
    const facts = daily('2026-03-01', 2, () => ({ escalated: 'yes', outcome: 'achieved' }));
    expect(
      progressInsights({
        facts,
        principles,
        today: '2026-03-10',
        streaks: noStreak,
        habits: goodOutcomeHabits(facts, principles),
      }),
    ).toEqual([]);
  });

  it('shows at most five, in a fixed order', () => {
    const facts = daily('2026-02-01', 30, (i) => ({
      escalated: i < 20 ? 'yes' : 'no',
      outcome: i % 2 === 0 ? 'achieved' : 'not-yet',
      principles: { ...rated(EA, i % 2 === 0 ? 4 : 3, i % 2 === 0), ...rated(SOI, 2, i % 5 === 0) },
    }));
    const insights = progressInsights({
      facts,
      principles,
      today: '2026-03-02',
      streaks: streaks(facts, '2026-02-01', '2026-03-02', '2026-03-02', 1),
      habits: goodOutcomeHabits(facts, principles),
    });
    expect(insights.map(({ rule }) => rule)).toEqual([
      'escalations',
      'lowest-rated',
      'least-practised',
      'best-habit',
      'streak',
    ]);
  });
});
