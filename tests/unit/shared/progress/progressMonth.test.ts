import { describe, expect, it } from 'vitest';
import {
  changeMonths,
  decodeMonth,
  decodeMonthKeeping,
  encodeMonth,
  monthDays,
  monthsFromFacts,
  type ProgressMonth,
} from '../../../../shared/progress/progressMonth';
import { outcomeValues, relationshipValues } from '../../../../shared/domain/reflectionLabels';
import { daysFromFacts } from '../../../../shared/progress/progressDay';
import type { ProgressFact } from '../../../../shared/progress/progressFact';
import { fact, rated } from './factBuilder';

const full = fact('2026-04-09', {
  outcome: 'partly-achieved',
  principles: { ...rated('empowered-adults', 4, true), ...rated('build-partnerships', null, false) },
  escalated: 'considered',
  trust: 3.5,
  relationshipAfter: 'better',
  personIds: ['dana', 'li'],
  relationship: 'other-department',
  tags: ['budget', 'rota'],
  usedManipulativeTactic: true,
});
const bare = fact('2026-04-30', { personIds: [], principles: rated('sphere-of-influence', null, null) });
// A value this build does not know (from a newer build) is kept as it is.
const unknown = fact('2026-04-01', { outcome: 'something-new' as never, tags: ['budget'] });

describe('a month of progress facts in columns', () => {
  it('gives back exactly the facts it was built from, ordered by id', () => {
    const month = encodeMonth('2026-04', [bare, unknown, full]);
    expect(decodeMonth(month)).toEqual([full, bare, unknown].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // Each distinct value is stored once for the month.
    expect(month.tags.values).toEqual(['budget', 'rota']);
  });

  it('refuses a fact of another month', () => {
    expect(() => encodeMonth('2026-05', [full])).toThrow(/2026-04-09/);
  });

  it('groups facts by month, oldest first', () => {
    const may = fact('2026-05-01');
    expect(monthsFromFacts([may, full, bare]).map((month) => [month.month, decodeMonth(month)])).toEqual([
      ['2026-04', [full, bare]],
      ['2026-05', [may]],
    ]);
  });

  it('moves a fact between months, and empties a month its last fact leaves', () => {
    const stored = new Map<string, ProgressMonth>(monthsFromFacts([full, bare]).map((m) => [m.month, m]));
    const moved = { ...bare, day: '2026-05-02' };
    const { put, emptied } = changeMonths(stored, [bare], [moved]);
    expect(put.map((month) => [month.month, decodeMonth(month)])).toEqual([
      ['2026-04', [full]],
      ['2026-05', [moved]],
    ]);
    expect(emptied).toEqual([]);
    const gone = changeMonths(new Map(put.map((m) => [m.month, m])), [moved], []);
    expect(gone).toEqual({ put: [], emptied: ['2026-05'] });
  });
});

/** A small deterministic generator, so a failure names a seed that reproduces it. */
function randomFacts(seed: number, count: number): ProgressFact[] {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)] as T;
  const some = <T>(values: readonly T[]): T[] => values.filter(() => next() < 0.4);
  const principleIds = [
    'empowered-adults',
    'sphere-of-influence',
    'negotiate-dont-manipulate',
    'build-partnerships',
  ];
  return Array.from({ length: count }, () =>
    fact(`2026-04-${String(1 + Math.floor(next() * 30)).padStart(2, '0')}`, {
      outcome: pick([null, ...outcomeValues]),
      principles: Object.fromEntries(
        some(principleIds).map((id) => [
          id,
          { applied: pick([null, true, false]), rating: pick([null, 1, 2, 3, 4, 5]) },
        ]),
      ),
      escalated: pick([null, 'no', 'considered', 'yes'] as const),
      trust: pick([null, 1, 2.5, 4, 5]),
      relationshipAfter: pick([null, 'better', 'same', 'worse'] as const),
      // Now and then a person or a tag named twice, as an imported file might.
      personIds: [...some(['dana', 'li', 'sam']), ...(next() < 0.1 ? ['dana'] : [])],
      relationship: pick([null, ...relationshipValues]),
      tags: [...some(['budget', 'rota', 'launch']), ...(next() < 0.1 ? ['rota'] : [])],
      usedManipulativeTactic: next() < 0.1,
    }),
  );
}

describe('a month read for a few of its facts', () => {
  it.each([1, 2, 3])(
    'makes only the facts asked for, the same as reading all and keeping those (seed %i)',
    (seed) => {
      const facts = randomFacts(seed, 60);
      const [month] = monthsFromFacts(facts);
      expect(month).toBeDefined();
      // Every third fact by id, so the skipped ones in between carry people, tags and principles.
      const wanted = new Set(
        decodeMonth(month as ProgressMonth)
          .filter((_, at) => at % 3 === 1)
          .map((f) => f.id),
      );
      const kept = decodeMonthKeeping(month as ProgressMonth, (id) => wanted.has(id));
      expect(kept).toEqual(decodeMonth(month as ProgressMonth).filter((f) => wanted.has(f.id)));
      expect(kept).toHaveLength(wanted.size);
    },
  );
});

describe("a month's per-day totals", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])('equal the days built from its facts (seed %i)', (seed) => {
    const facts = randomFacts(seed, 5 + seed * 20);
    const [month] = monthsFromFacts(facts);
    expect(month).toBeDefined();
    const days = monthDays(month as ProgressMonth);
    expect(days).toEqual(daysFromFacts(facts));
    expect(days.length).toBeGreaterThan(1);
  });

  it('stay equal after facts are changed and removed through changeMonths', () => {
    const facts = randomFacts(42, 120);
    const stored = new Map(monthsFromFacts(facts).map((m) => [m.month, m]));
    const before = facts.slice(0, 30);
    const after = before.slice(0, 10).map((f) => ({ ...f, outcome: 'achieved' as const, tags: ['rota'] }));
    const { put } = changeMonths(stored, before, after);
    const expected = daysFromFacts([...after, ...facts.slice(30)]);
    expect(put.flatMap(monthDays)).toEqual(expected);
  });

  it('is empty for a month with no facts', () => {
    expect(monthDays(encodeMonth('2026-04', []))).toEqual([]);
  });
});
