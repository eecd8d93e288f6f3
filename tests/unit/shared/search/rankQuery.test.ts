import type MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { discardDocument, replaceDocument } from '../../../../shared/search/fieldLengthTable';
import { internalsOf } from '../../../../shared/search/miniSearchInternals';
import { packIndex, unpackIndex } from '../../../../shared/search/packedSearchIndex';
import { rankQuery } from '../../../../shared/search/rankQuery';
import type { SearchDocument } from '../../../../shared/search/searchDocument';
import { searchIndexOptions } from '../../../../shared/search/searchOptions';
import { queryTerms } from '../../../../shared/search/searchText';
import { indexOf, journalDocuments, sampleQueries } from './packedSearchFixtures';

const documents = journalDocuments(400);

const rank = (
  index: MiniSearch<SearchDocument>,
  query: string,
  limit = 20,
  accept?: (id: string) => boolean,
) => rankQuery(index as MiniSearch<unknown>, queryTerms(query), { limit, ...(accept ? { accept } : {}) });

/** MiniSearch's own answer, cut to the same page. */
function expected(
  index: MiniSearch<SearchDocument>,
  query: string,
  limit = 20,
  accept?: (id: string) => boolean,
) {
  const results = index.search(query).filter((result) => accept?.(String(result.id)) ?? true);
  return {
    total: results.length,
    ids: results.slice(0, limit).map((result) => result.id),
    scores: results.slice(0, limit).map((result) => result.score),
  };
}

/** Searches until MiniSearch's answer repeats itself: each search prunes some discarded postings. */
function settleMiniSearch(index: MiniSearch<SearchDocument>, query: string): void {
  let previous = JSON.stringify(index.search(query));
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const next = JSON.stringify(index.search(query));
    if (next === previous) return;
    previous = next;
  }
  throw new Error(`MiniSearch's answer for "${query}" never settled.`);
}

describe('rankQuery', () => {
  const index = indexOf(documents);
  const packed = unpackIndex<SearchDocument>(
    structuredClone(packIndex(index as MiniSearch<unknown>)),
    searchIndexOptions,
  );

  it.each(sampleQueries)('ranks "%s" as MiniSearch does, from a built and a loaded index', (query) => {
    // Each against MiniSearch on the same index: a loaded index walks its terms in another
    // order, so its sums can differ from the built one's in the last bit.
    for (const source of [index, packed]) {
      const { total, ids, scores } = rank(source, query);
      expect({ total, ids, scores }).toEqual(expected(source, query));
    }
  });

  it('finds many reflections for a common prefix, and keeps the page to the limit', () => {
    const { total, ids } = rank(packed, 'dea');
    expect(total).toBeGreaterThan(50);
    expect(ids).toHaveLength(20);
  });

  it('orders a long page the same way (the page is sorted at the end past 200)', () => {
    const query = ['rep', 'dea', 'pro', 'tea', 'pla', 'mee', 'sha', 'wor', 'tim'].find(
      (candidate) => index.search(candidate).length > 200,
    );
    if (query === undefined) throw new Error('No sample prefix matches over 200 reflections');
    const { ids, scores } = rank(packed, query, 1_000);
    const want = expected(packed, query, 1_000);
    expect(ids.length).toBeGreaterThan(200);
    expect({ ids, scores }).toEqual({ ids: want.ids, scores: want.scores });
  });

  it('counts and returns only what the filter accepts', () => {
    const kept = new Set(
      documents.filter((_, position) => position % 3 === 0).map((document) => document.id),
    );
    const accept = (id: string) => kept.has(id);
    const { total, ids } = rank(packed, 'budget', 20, accept);
    const want = expected(packed, 'budget', 20, accept);
    expect({ total, ids }).toEqual({ total: want.total, ids: want.ids });
    expect(ids.every(accept)).toBe(true);
  });

  it('counts matches but returns none with a limit of 0', () => {
    const { total, ids } = rank(packed, 'budget', 0);
    expect(total).toBe(expected(index, 'budget').total);
    expect(ids).toEqual([]);
  });

  it('lists the index words a query matched, so they can be highlighted', () => {
    expect(rank(packed, 'dedline').matchedTerms).toContain('deadline');
    expect(rank(packed, 'deadl').matchedTerms).toContain('deadline');
    expect(rank(packed, 'xyzzy').matchedTerms).toEqual([]);
  });

  it('never returns a discarded reflection, and finds ones added after it last ranked', () => {
    const changing = unpackIndex<SearchDocument>(
      structuredClone(packIndex(indexOf(documents.slice(0, 300)) as MiniSearch<unknown>)),
      searchIndexOptions,
    );
    const first = rank(changing, 'budget', 1_000).ids;
    const gone = String(first[0]);
    changing.discard(gone);
    expect(rank(changing, 'budget', 1_000).ids).not.toContain(gone);
    changing.addAll(documents.slice(300));
    changing.add({
      ...documents.slice(0, 1)[0],
      id: 'zeppelin-1',
      asked: 'Zeppelin hangar budget',
    } as SearchDocument);
    expect(rank(changing, 'zeppelin').ids).toEqual(['zeppelin-1']);
    const everyBudget = rank(changing, 'budget', 1_000);
    expect(everyBudget.ids).not.toContain(gone);
    expect(everyBudget.total).toBe(changing.search('budget').length);
  });

  it('ranks right after edits made through discardDocument and replaceDocument, reading only the new rows', () => {
    const changing = unpackIndex<SearchDocument>(
      structuredClone(packIndex(indexOf(documents.slice(0, 300)) as MiniSearch<unknown>)),
      searchIndexOptions,
    );
    const before = rank(changing, 'budget', 1_000).ids.map(String);
    const [edited, gone] = before;
    const editedDocument = documents.find((document) => document.id === edited);
    if (edited === undefined || gone === undefined || editedDocument === undefined)
      throw new Error('The fixture journal has too few budget reflections.');
    replaceDocument(changing, { ...editedDocument, asked: `${editedDocument.asked} zeppelin` });
    discardDocument(changing as MiniSearch<unknown>, gone);
    // MiniSearch's own search drops discarded postings as it meets them, which changes how many
    // documents a word counts in; once its answer stops changing, both count alike.
    settleMiniSearch(changing, 'budget');
    const lengthReads = vi.spyOn(internalsOf(changing as MiniSearch<unknown>)._fieldLength, 'get');
    const after = rank(changing, 'budget', 1_000);
    // One new row (the edited reflection's new short id), not all 300 checked again.
    expect(lengthReads).toHaveBeenCalledTimes(1);
    lengthReads.mockRestore();
    expect(after.ids).not.toContain(gone);
    expect(rank(changing, 'zeppelin').ids).toEqual([edited]);
    const own = expected(changing, 'budget', 1_000);
    expect(after.ids).toEqual(own.ids);
    after.scores.forEach((score, position) =>
      expect(score).toBeCloseTo(own.scores[position] ?? Number.NaN, 9),
    );
  });

  it('needs every word to match', () => {
    expect(rank(packed, 'budget xyzzy').total).toBe(0);
    expect(rank(packed, '').total).toBe(0);
  });
});
