import { describe, expect, it } from 'vitest';
import {
  describeSearchState,
  type SearchStateInput,
} from '../../../../renderer/features/search/describeSearchState';

const ready = {
  phase: 'ready',
  revision: 0,
  info: { source: 'persisted', documentCount: 9, appliedChanges: 0, durationMs: 5, indexMs: 4 },
} as const;
const base: SearchStateInput = {
  query: 'budget',
  filters: {},
  status: ready,
  hasQuery: true,
  response: null,
  isStale: true,
  error: null,
  answered: null,
};
const response = (total: number, shown = total, isComplete = true) => ({
  ids: [],
  terms: ['budget'],
  total,
  isComplete,
  timings: { queryMs: 0, hitsMs: 0 },
  hits: Array.from({ length: shown }, () => ({
    id: 'x',
    kind: 'reflection' as const,
    occurredAt: null,
    outcome: null,
    starred: false,
    status: 'complete' as const,
    asked: [],
    people: [],
    passage: null,
  })),
});

describe('describeSearchState', () => {
  it('says the index is loading or being built before the first answer', () => {
    expect(describeSearchState({ ...base, status: { phase: 'loading' } })).toBe('Loading the search index…');
    expect(describeSearchState({ ...base, status: { phase: 'building', indexed: 1200, total: 5000 } })).toBe(
      'Building the search index (1,200 of 5,000 reflections)…',
    );
  });

  it('counts matches, says when only some are shown, and when the index is still building', () => {
    expect(describeSearchState({ ...base, response: response(1) })).toBe('1 reflection matches “budget”.');
    expect(describeSearchState({ ...base, response: response(120, 50) })).toBe(
      '120 reflections match “budget”. Showing the first 50.',
    );
    expect(
      describeSearchState({
        ...base,
        status: { phase: 'building', indexed: 10, total: 20 },
        response: response(3, 3, false),
      }),
    ).toBe('3 reflections match “budget” so far. Building the search index (10 of 20 reflections)…');
  });

  it('describes the answer on screen while the next one is on its way', () => {
    expect(
      describeSearchState({
        ...base,
        query: 'budge',
        answered: { query: 'budg', filters: {} },
        response: response(2),
      }),
    ).toBe('2 reflections match “budg”.');
  });

  it('says plainly when nothing matches', () => {
    expect(describeSearchState({ ...base, response: response(0) })).toBe('No reflections match “budget”.');
    expect(
      describeSearchState({ ...base, query: '', filters: { starred: true }, response: response(0) }),
    ).toBe('No reflections match these filters.');
    expect(describeSearchState({ ...base, query: '?!', hasQuery: false })).toBe(
      'No reflections match “?!”. Search for words or names.',
    );
  });

  it('invites a search when there is nothing to search for, and reports failures', () => {
    expect(describeSearchState({ ...base, query: '', hasQuery: false })).toMatch(/^Type in the search box/);
    expect(describeSearchState({ ...base, status: { phase: 'failed', message: 'Blocked' } })).toBe(
      'Search is unavailable: Blocked',
    );
  });
});
