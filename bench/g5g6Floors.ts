// G5 and G6's floors, measured in the same browser as the app: reading every reflection raw (what
// an export cannot do with less) and writing them raw in one transaction (what an import cannot),
// into a store with no secondary index and into one with the journal's own indexes: the brief's
// G6 floor is the indexed write, since a journal that could not find its reflections by date or
// person is not one the app could keep.
import { idbRequest, indexesOf, rawBulkWrite } from './rawIndexedDb';

const floors = {
  async readAndWrite(): Promise<{ read: number; write: number; indexedWrite: number; count: number }> {
    const raw = await idbRequest(indexedDB.open('influence-journal'));
    const started = performance.now();
    const all = await idbRequest(
      raw.transaction('reflections', 'readonly').objectStore('reflections').getAll(),
    );
    const read = performance.now() - started;
    // Copied from the database the app made, so this floor follows the schema without a list here.
    const indexes = indexesOf(raw, 'reflections');
    raw.close();
    if (indexes.length === 0) throw new Error('The journal’s reflections store has no indexes to copy.');
    // The records as stored carry the keys the app's indexes read (sortKey, draftSortKey).
    const write = await rawBulkWrite(all);
    const indexedWrite = await rawBulkWrite(all, 'id', indexes);
    return { read, write, indexedWrite, count: all.length };
  },
};

Object.assign(window, { __g5g6Floors: floors });
document.body.dataset.ready = 'true';
