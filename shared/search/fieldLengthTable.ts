import type { MiniSearchState } from './miniSearchInternals';

/** Marks a short id whose document is gone (discarded and not yet vacuumed out of the postings). */
export const GONE = 0xffff_ffff;

/**
 * Every document's field lengths in one flat array indexed by short id, for the ranker. Reading
 * them from MiniSearch's Map of small arrays cost more than all the rest of scoring: a lookup
 * that misses the cache for each of 20,000 matches.
 *
 * A short id's lengths never change (MiniSearch gives a changed document a new short id), so new
 * ids are copied in as they appear. A discarded document keeps its postings until MiniSearch
 * vacuums, so after a discard the ids are checked again and the gone ones marked GONE.
 */
interface Table {
  lengths: Uint32Array;
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
