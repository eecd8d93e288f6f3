import type MiniSearch from 'minisearch';

/** Postings of one term: field id to (short document id to term frequency). */
export type PostingsByField = Map<number, Map<number, number>>;

/** The radix tree MiniSearch keeps its terms in (exported by minisearch as SearchableMap). */
export interface TermTree extends Iterable<[string, PostingsByField]> {
  get(term: string): PostingsByField | undefined;
  set(term: string, value: PostingsByField): unknown;
  atPrefix(prefix: string): Iterable<[string, PostingsByField]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [PostingsByField, number]>;
  readonly size: number;
}

/**
 * The fields of a MiniSearch 7 instance that the packed format and the ranker use. MiniSearch
 * offers no public way to save without JSON or to score without building a result object per
 * match, and both cost seconds at 50,000 reflections. The exact version is pinned in
 * package.json; tests compare both against MiniSearch's own loadJSON and search.
 */
export interface MiniSearchState {
  _options: {
    searchOptions: { weights: { fuzzy: number; prefix: number }; bm25: { k: number; b: number; d: number } };
  };
  _index: TermTree;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, (number | undefined)[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
}

/** The instance's internal state; throws when this MiniSearch keeps it in another shape. */
export function internalsOf(index: MiniSearch<unknown>): MiniSearchState {
  const state = index as unknown as Partial<MiniSearchState>;
  const fitsThisVersion =
    typeof state._options?.searchOptions?.weights?.prefix === 'number' &&
    typeof state._options.searchOptions.bm25?.k === 'number' &&
    state._index !== undefined &&
    typeof state._index.set === 'function' &&
    typeof state._index.atPrefix === 'function' &&
    typeof state._index.fuzzyGet === 'function' &&
    state._documentIds instanceof Map &&
    state._idToShortId instanceof Map &&
    state._fieldLength instanceof Map &&
    Array.isArray(state._avgFieldLength) &&
    typeof state._fieldIds === 'object' &&
    typeof state._documentCount === 'number' &&
    typeof state._nextId === 'number' &&
    typeof state._dirtCount === 'number';
  if (!fitsThisVersion) {
    throw new Error('This MiniSearch version keeps its index in a shape this app does not know.');
  }
  return state as MiniSearchState;
}
