import { describe, expect, it } from 'vitest';
import { toSearchDocument } from '../../../../shared/search/searchDocument';
import {
  hasActiveFilters,
  matchesFilters,
  parseSearchParams,
  toSearchParamEntries,
  type SearchFilters,
} from '../../../../shared/search/searchFilters';
import { PRIYA, peopleById, richReflection } from './searchFixtures';

const fields = toSearchDocument(richReflection(), peopleById);
const getterFor = (query: string) => {
  const params = new URLSearchParams(query);
  return (name: string) => params.get(name);
};

describe('matchesFilters', () => {
  it('passes with no filters and fails on each filter that disagrees', () => {
    expect(matchesFilters(fields, {})).toBe(true);
    const failing: SearchFilters[] = [
      { principleId: 'empowered-adults' },
      { personId: '019ce0a2-5d40-7a1b-8c3d-0000000000ff' },
      { relationship: 'manager' },
      { outcome: 'achieved' },
      { tag: 'travel' },
      { from: '2026-03-15' },
      { to: '2026-03-13' },
    ];
    for (const filters of failing)
      expect(matchesFilters(fields, filters), JSON.stringify(filters)).toBe(false);
  });

  it('passes when every filter agrees, matching tags without regard to case and dates inclusively', () => {
    expect(
      matchesFilters(fields, {
        principleId: 'build-partnerships',
        personId: PRIYA.id,
        relationship: 'peer',
        outcome: 'partly-achieved',
        tag: 'BUDGET',
        starred: true,
        from: '2026-03-14',
        to: '2026-03-14',
      }),
    ).toBe(true);
  });

  it('leaves out unstarred reflections only when starred is asked for', () => {
    const unstarred = { ...fields, starred: false };
    expect(matchesFilters(unstarred, { starred: true })).toBe(false);
    expect(matchesFilters(unstarred, {})).toBe(true);
  });

  it('never lets a reflection in the Trash through, and treats an undated draft as outside any range', () => {
    expect(matchesFilters({ ...fields, deleted: true }, {})).toBe(false);
    expect(matchesFilters({ ...fields, occurredAt: null }, { from: '2000-01-01' })).toBe(false);
  });
});

describe('search URL parameters', () => {
  it('reads a full search and writes it back in a fixed order', () => {
    const parsed = parseSearchParams(
      getterFor(
        'q=budget+plan&starred=1&outcome=achieved&person=p1&principle=build-partnerships&relationship=peer&tag=finance&from=2026-01-01&to=2026-03-31',
      ),
    );
    expect(parsed).toEqual({
      query: 'budget plan',
      filters: {
        principleId: 'build-partnerships',
        personId: 'p1',
        relationship: 'peer',
        outcome: 'achieved',
        tag: 'finance',
        starred: true,
        from: '2026-01-01',
        to: '2026-03-31',
      },
    });
    expect(new URLSearchParams(toSearchParamEntries(parsed.query, parsed.filters)).toString()).toBe(
      'q=budget+plan&principle=build-partnerships&person=p1&relationship=peer&outcome=achieved&tag=finance&starred=1&from=2026-01-01&to=2026-03-31',
    );
  });

  it('drops values that are unknown, malformed or empty', () => {
    const parsed = parseSearchParams(
      getterFor('outcome=great&relationship=boss&from=2026-02-30&to=yesterday&starred=yes&tag=++&person='),
    );
    expect(parsed).toEqual({ query: '', filters: {} });
    expect(hasActiveFilters(parsed.filters)).toBe(false);
    expect(toSearchParamEntries('', { starred: false, tag: '' })).toEqual([]);
  });

  it('knows when any filter is set', () => {
    expect(hasActiveFilters({ starred: true })).toBe(true);
    expect(hasActiveFilters({ tag: undefined })).toBe(false);
  });
});
