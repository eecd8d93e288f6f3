import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { toSearchDocument, type SearchDocument } from '../../../../shared/search/searchDocument';
import { searchIndexOptions } from '../../../../shared/search/searchOptions';
import { queryTerms } from '../../../../shared/search/searchText';
import { LEA, peopleById, richReflection } from './searchFixtures';

const BUDGET_ID = '019ce0a2-5d40-7000-8000-000000000001';
const MIGRATION_ID = '019ce0a2-5d40-7000-8000-000000000002';

function buildIndex(): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(searchIndexOptions);
  index.addAll([
    toSearchDocument(richReflection({ id: BUDGET_ID }), peopleById),
    toSearchDocument(
      richReflection({
        id: MIGRATION_ID,
        personIds: [LEA.id],
        asked: 'Negotiated a later deadline for the database migration',
        context: '',
        principles: {},
        tags: [],
        nextStep: { text: '', followUpAt: null, timeZone: 'UTC' },
      }),
      peopleById,
    ),
  ]);
  return index;
}

const idsFor = (index: MiniSearch<SearchDocument>, query: string) => index.search(query).map((r) => r.id);

describe('search index options', () => {
  it('finds words by prefix as they are typed', () => {
    const index = buildIndex();
    expect(idsFor(index, 'quart')).toEqual([BUDGET_ID]);
    expect(idsFor(index, 'negot')).toEqual([MIGRATION_ID]);
  });

  it('waits for a third letter before matching by prefix', () => {
    const index = buildIndex();
    expect(idsFor(index, 'qu')).toEqual([]);
    expect(idsFor(index, 'qua')).toEqual([BUDGET_ID]);
  });

  it('ignores stop words unless nothing else was typed', () => {
    const index = buildIndex();
    expect(idsFor(index, 'the quarterly')).toEqual([BUDGET_ID]);
    expect(queryTerms('and the')).toEqual(['the']);
  });

  it('forgives a typo in a longer word', () => {
    expect(idsFor(buildIndex(), 'migraton')).toEqual([MIGRATION_ID]);
    expect(idsFor(buildIndex(), 'zepelin')).toEqual([BUDGET_ID]);
  });

  it('finds people by name, ignoring accents, and requires every word to match', () => {
    const index = buildIndex();
    expect(idsFor(index, 'priya')).toEqual([BUDGET_ID]);
    expect(idsFor(index, 'lea dubois').sort()).toEqual([BUDGET_ID, MIGRATION_ID]);
    expect(idsFor(index, 'lea budget')).toEqual([BUDGET_ID]);
    expect(idsFor(index, 'budget nonsenseword')).toEqual([]);
  });

  it('ranks a match in the request above the same word deeper in the text', () => {
    const index = buildIndex();
    index.add(
      toSearchDocument(
        richReflection({
          id: '019ce0a2-5d40-7000-8000-000000000003',
          asked: 'Something else',
          learned: 'The deadline moved twice.',
        }),
        peopleById,
      ),
    );
    expect(idsFor(index, 'deadline')[0]).toBe(MIGRATION_ID);
  });

  it('survives a round trip through JSON and keeps updating afterwards', async () => {
    const json = JSON.stringify(buildIndex());
    const loaded = await MiniSearch.loadJSONAsync<SearchDocument>(json, searchIndexOptions);
    expect(idsFor(loaded, 'quarterl')).toEqual([BUDGET_ID]);

    loaded.replace(
      toSearchDocument(richReflection({ id: BUDGET_ID, asked: 'Asked for a hiring exception' }), peopleById),
    );
    expect(idsFor(loaded, 'quarterl')).toEqual([]);
    expect(idsFor(loaded, 'hirin')).toEqual([BUDGET_ID]);
    loaded.discard(MIGRATION_ID);
    expect(idsFor(loaded, 'migration')).toEqual([]);
    expect(MiniSearch.loadJSON(JSON.stringify(loaded), searchIndexOptions).documentCount).toBe(1);
  });

  it('turns a query into the normalized words the index uses', () => {
    expect(queryTerms('  Café, CAFÉ & Léa-Dubois!')).toEqual(['cafe', 'lea', 'dubois']);
    expect(queryTerms('?!')).toEqual([]);
  });
});
