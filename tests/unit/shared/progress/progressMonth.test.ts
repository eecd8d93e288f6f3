import { describe, expect, it } from 'vitest';
import {
  changeMonths,
  decodeMonth,
  encodeMonth,
  monthsFromFacts,
  type ProgressMonth,
} from '../../../../shared/progress/progressMonth';
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
