import type MiniSearch from 'minisearch';
import * as z from 'zod';
import type { SearchDocument } from '../../../shared/search/searchDocument';
import { SEARCH_INDEX_FORMAT, searchIndexOptions } from '../../../shared/search/searchOptions';
import { FilterFieldTable } from '../../../shared/search/filterFieldTable';
import { packIndex, unpackIndex } from '../../../shared/search/packedSearchIndex';
import type { JournalDatabase } from '../../db/JournalDatabase';

/**
 * The saved index lives in three rows of `searchIndex`: a small `meta` row that can be read on
 * every sync, the index packed into typed arrays (see packedSearchIndex) and the filter table in
 * columns (see FilterFieldTable). Both clone into IndexedDB far more cheaply than an object
 * graph would.
 */
const META_KEY = 'meta';
const INDEX_KEY = 'index';
const FILTERS_KEY = 'filters';

export interface PersistedSearchMeta {
  format: number;
  /** Every search change up to and including this seq is in the saved index. */
  appliedSeq: number;
  documentCount: number;
  savedAt: string;
  /** People's names as indexed, so a rename made while no worker ran is noticed on start. */
  peopleNames: Record<string, string>;
}

const persistedMetaSchema = z.object({
  format: z.literal(SEARCH_INDEX_FORMAT),
  appliedSeq: z.number(),
  documentCount: z.number(),
  savedAt: z.string(),
  peopleNames: z.record(z.string(), z.string()),
});

/** The saved meta row, or null when there is none or it was written by another index format. */
export function parsePersistedMeta(value: unknown): PersistedSearchMeta | null {
  const parsed = persistedMetaSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export async function readPersistedMeta(db: JournalDatabase): Promise<PersistedSearchMeta | null> {
  return parsePersistedMeta((await db.searchIndex.get(META_KEY))?.value);
}

export interface LoadedSearchIndex {
  meta: PersistedSearchMeta;
  index: MiniSearch<SearchDocument>;
  filters: FilterFieldTable;
}

/** The saved index, or null when there is none or it cannot be read (then it is rebuilt). */
export async function loadPersistedIndex(db: JournalDatabase): Promise<LoadedSearchIndex | null> {
  const [metaRow, indexRow, filtersRow] = await db.transaction('r', db.searchIndex, () =>
    db.searchIndex.bulkGet([META_KEY, INDEX_KEY, FILTERS_KEY]),
  );
  const meta = parsePersistedMeta(metaRow?.value);
  const packed = indexRow?.value;
  const savedFilters = filtersRow?.value;
  if (meta === null || packed === undefined || savedFilters === undefined) return null;
  try {
    const index = unpackIndex<SearchDocument>(packed, searchIndexOptions);
    const filters = FilterFieldTable.unpack(savedFilters);
    if (filters.size !== index.documentCount) throw new Error('The saved filters do not match the index.');
    return { meta, index, filters };
  } catch (error) {
    console.warn('The saved search index could not be read; rebuilding it.', error);
    return null;
  }
}

/**
 * Saves the index and drops the search changes it covers, in one transaction, so a crash
 * between the two can never lose a change. Returns false without writing when another window
 * already saved a newer index: overwriting it would bring back changes it has cleared.
 */
export async function persistIndex(
  db: JournalDatabase,
  index: MiniSearch<SearchDocument>,
  filters: FilterFieldTable,
  meta: Omit<PersistedSearchMeta, 'format' | 'documentCount'>,
): Promise<boolean> {
  const saved = await readPersistedMeta(db);
  if (saved !== null && saved.appliedSeq > meta.appliedSeq) return false;
  // Serialized before the transaction: IndexedDB commits a transaction left idle by sync work.
  const packed = packIndex(index as MiniSearch<unknown>);
  const packedFilters = filters.pack();
  const row: PersistedSearchMeta = {
    ...meta,
    format: SEARCH_INDEX_FORMAT,
    documentCount: index.documentCount,
  };
  return db.transaction('rw', db.searchIndex, db.searchChanges, async () => {
    const current = parsePersistedMeta((await db.searchIndex.get(META_KEY))?.value);
    if (current !== null && current.appliedSeq > meta.appliedSeq) return false;
    await db.searchIndex.bulkPut([
      { key: META_KEY, value: row },
      { key: INDEX_KEY, value: packed },
      { key: FILTERS_KEY, value: packedFilters },
    ]);
    await db.searchChanges.where(':id').belowOrEqual(meta.appliedSeq).delete();
    return true;
  });
}
