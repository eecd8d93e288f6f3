import type MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { packIndex, unpackIndex, type PackedSearchIndex } from '../../../../shared/search/packedSearchIndex';
import { PackedPostings } from '../../../../shared/search/packedPostings';
import type { SearchDocument } from '../../../../shared/search/searchDocument';
import { searchIndexOptions } from '../../../../shared/search/searchOptions';
import { indexOf, journalDocuments, sampleQueries } from './packedSearchFixtures';

const documents = journalDocuments(300);

function documentAt(position: number): SearchDocument {
  const document = documents[position];
  if (document === undefined) throw new Error(`No document at ${position}`);
  return document;
}

/** What a person would see: ids in order with their scores. */
const answers = (index: MiniSearch<SearchDocument>) =>
  sampleQueries.map((query) => index.search(query).map((result) => [result.id, result.score]));

/** Through structuredClone, as IndexedDB stores it. */
const roundTrip = (index: MiniSearch<SearchDocument>) =>
  unpackIndex<SearchDocument>(structuredClone(packIndex(index as MiniSearch<unknown>)), searchIndexOptions);

describe('packed search index', () => {
  it('answers every kind of query exactly as the index it was packed from', () => {
    const original = indexOf(documents);
    const loaded = roundTrip(original);
    expect(loaded.documentCount).toBe(300);
    expect(answers(loaded)).toEqual(answers(original));
    expect(answers(original).flat().length).toBeGreaterThan(300);
  });

  it('takes additions, edits and removals after loading, and packs them again', () => {
    const original = indexOf(documents.slice(0, 250));
    const loaded = roundTrip(original);
    for (const index of [original, loaded]) {
      index.addAll(documents.slice(250));
      index.replace({ ...documentAt(3), asked: 'Renegotiated the zeppelin hangar lease' });
      index.discard(documentAt(4).id);
      index.remove(documentAt(5));
    }
    expect(loaded.search('zeppelin').map((result) => result.id)).toEqual([documentAt(3).id]);
    expect(answers(loaded)).toEqual(answers(original));
    const again = roundTrip(loaded);
    expect(answers(again)).toEqual(answers(original));
    expect(again.documentCount).toBe(298);
  });

  it('packs documents added since loading without reading the saved postings first', () => {
    const original = indexOf(documents.slice(0, 250));
    const loaded = roundTrip(original);
    original.addAll(documents.slice(250));
    loaded.addAll(documents.slice(250));
    // Packed again before any query could turn the postings into Maps.
    const again = roundTrip(loaded);
    expect(answers(again)).toEqual(answers(original));
  });

  it('is much smaller than MiniSearch JSON', () => {
    const index = indexOf(documents);
    const packed = packIndex(index as MiniSearch<unknown>);
    const packedBytes = packed.header.length + packed.postings.byteLength + packed.termTable.byteLength;
    expect(packedBytes).toBeLessThan(JSON.stringify(index).length / 2);
  });

  describe('refuses a damaged saved index, naming what is wrong', () => {
    const packed = () => packIndex(indexOf(documents.slice(0, 20)) as MiniSearch<unknown>);
    const load = (saved: unknown) => () => unpackIndex<SearchDocument>(saved, searchIndexOptions);

    it('when a part is missing or of the wrong kind', () => {
      expect(load('{"not": "an index"')).toThrow('missing some of its parts');
      expect(load({ ...packed(), postings: [1, 2, 3] })).toThrow('missing some of its parts');
    });

    it('when the term table does not cover the postings', () => {
      const saved = packed();
      expect(load({ ...saved, termTable: saved.termTable.slice(0, -3) })).toThrow('damaged term table');
    });

    it('when the parts list different documents', () => {
      const saved = packed();
      expect(load({ ...saved, shortIds: saved.shortIds.slice(1) })).toThrow('same documents');
    });

    it('when it was made for other fields', () => {
      const saved: PackedSearchIndex = packed();
      const header = { ...JSON.parse(saved.header), fieldIds: { title: 0 } };
      expect(load({ ...saved, header: JSON.stringify(header) })).toThrow('other fields');
    });

    it('when the header is not what this format writes', () => {
      const saved = packed();
      expect(load({ ...saved, header: JSON.stringify({ format: 99 }) })).toThrow();
    });
  });
});

describe('PackedPostings', () => {
  /**
   * Pairs (3, 1), (200, 2), (70000, 1), (5, 3) as the writer stores them: each id as a zigzag
   * difference from the one before, then the frequency. The last id is smaller, as no list
   * MiniSearch builds has, to show a difference below zero still reads back.
   */
  const bytes = Uint8Array.from([0x6, 0x1, 0x8a, 0x3, 0x2, 0xd0, 0xc2, 0x8, 0x1, 0xd5, 0xc5, 0x8, 0x3]);
  const postings = () => new PackedPostings({ bytes, start: 0, end: bytes.length, count: 4 });

  it('knows its size and its saved bytes before anything reads it', () => {
    const untouched = postings();
    expect(untouched.size).toBe(4);
    expect(untouched.view?.range).toMatchObject({ start: 0, end: bytes.length, count: 4 });
    // Differences continue from the last saved id, which here is not the largest.
    expect(untouched.view?.lastSavedId).toBe(5);
    expect(untouched.view?.added.size).toBe(0);
  });

  it('reads like the Map it stands for', () => {
    expect([...postings()]).toEqual([
      [3, 1],
      [200, 2],
      [70000, 1],
      [5, 3],
    ]);
    expect(postings().get(200)).toBe(2);
    expect(postings().has(4)).toBe(false);
    expect([...postings().keys()]).toEqual([3, 200, 70000, 5]);
  });

  it('becomes an ordinary Map once changed, and no longer offers its saved bytes', () => {
    const changed = postings();
    changed.set(9, 4);
    changed.delete(3);
    expect([...changed]).toEqual([
      [200, 2],
      [70000, 1],
      [5, 3],
      [9, 4],
    ]);
    expect(changed.size).toBe(4);
    expect(changed.view).toBeNull();
  });

  it('takes a document added after loading without unpacking, as MiniSearch adds one', () => {
    const growing = postings();
    expect(growing.has(70001)).toBe(false);
    growing.set(70001, 2);
    expect(growing.get(70001)).toBe(2);
    expect(growing.size).toBe(5);
    expect(growing.view?.added).toEqual(new Map([[70001, 2]]));
    expect(growing.delete(70001)).toBe(true);
    expect(growing.size).toBe(4);
    growing.set(70002, 1);
    expect(growing.view).not.toBeNull();
    // Reading a saved posting needs the Map: the additions come after the saved ones.
    expect(growing.get(200)).toBe(2);
    expect(growing.view).toBeNull();
    expect([...growing.keys()]).toEqual([3, 200, 70000, 5, 70002]);
  });
});
