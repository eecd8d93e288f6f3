import type MiniSearch from 'minisearch';
import { internalsOf, type MiniSearchState } from './miniSearchInternals';

/** Marks a short id whose document is gone (discarded and not yet vacuumed out of the postings). */
export const GONE = 0xffff_ffff;

/**
 * Every document's field lengths in one flat array indexed by short id, for the ranker. Reading
 * them from MiniSearch's Map of small arrays cost more than all the rest of scoring: a lookup
 * that misses the cache for each of 20,000 matches.
 *
 * A short id's lengths never change (MiniSearch gives a changed document a new short id), so new
 * ids are copied in as they appear. A discarded document keeps its postings until MiniSearch
 * vacuums, so its id must read GONE: `discardDocument` marks it so, and a discard made any
 * other way makes the next ranking check every id again (8-10 ms at 50,000 documents).
 */
interface Table {
  lengths: Uint32Array;
  fieldCount: number;
  /** Short ids below this are in `lengths`. */
  filledUpTo: number;
  /** The index's dirt count when `lengths` was last checked: it grows with every discard. */
  dirtCount: number;
}

const tables = new WeakMap<MiniSearchState, Table>();

function copyLengths(
  state: MiniSearchState,
  table: Table,
  fieldCount: number,
  from: number,
  to: number,
): void {
  for (let shortId = from; shortId < to; shortId += 1) {
    const lengths = state._fieldLength.get(shortId);
    for (let field = 0; field < fieldCount; field += 1) {
      table.lengths[shortId * fieldCount + field] = lengths === undefined ? GONE : (lengths[field] ?? 0);
    }
  }
}

export function fieldLengthsOf(state: MiniSearchState, fieldCount: number): Uint32Array {
  let table = tables.get(state);
  if (table === undefined) {
    table = {
      lengths: new Uint32Array(Math.max(1, state._nextId) * fieldCount),
      fieldCount,
      filledUpTo: 0,
      dirtCount: 0,
    };
    tables.set(state, table);
  }
  if (table.dirtCount !== state._dirtCount) {
    copyLengths(state, table, fieldCount, 0, table.filledUpTo);
    table.dirtCount = state._dirtCount;
  }
  if (table.filledUpTo < state._nextId) {
    if (table.lengths.length < state._nextId * fieldCount) {
      const grown = new Uint32Array(Math.max(state._nextId, table.filledUpTo * 2) * fieldCount);
      grown.set(table.lengths);
      table.lengths = grown;
    }
    copyLengths(state, table, fieldCount, table.filledUpTo, state._nextId);
    table.filledUpTo = state._nextId;
  }
  return table.lengths;
}

/**
 * MiniSearch's discard, keeping the ranker's table in step: the one gone id is marked, instead of
 * every id being checked again at the next query (the first search after each save paid that).
 */
export function discardDocument(index: MiniSearch<unknown>, id: string): void {
  const state = internalsOf(index);
  const shortId = state._idToShortId.get(id);
  const table = tables.get(state);
  const wasInStep = table !== undefined && table.dirtCount === state._dirtCount;
  index.discard(id);
  if (table === undefined || shortId === undefined || !wasInStep) return;
  // Only this one discard may be accounted for; a vacuum it set off is seen by its own count.
  if (state._dirtCount !== table.dirtCount + 1) return;
  if (shortId < table.filledUpTo)
    table.lengths.fill(GONE, shortId * table.fieldCount, (shortId + 1) * table.fieldCount);
  table.dirtCount = state._dirtCount;
}

/** MiniSearch's replace (a discard, then an add) through `discardDocument`. */
export function replaceDocument<T extends { id: string }>(index: MiniSearch<T>, document: T): void {
  discardDocument(index as MiniSearch<unknown>, document.id);
  index.add(document);
}
