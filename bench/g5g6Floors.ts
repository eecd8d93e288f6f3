// G5 and G6's floors, measured in the same browser as the app: reading every reflection raw (what
// an export cannot do with less) and writing them raw in one transaction (what an import cannot).
import { idbRequest, rawBulkWrite } from './rawIndexedDb';

const floors = {
  async readAndWrite(): Promise<{ read: number; write: number; count: number }> {
    const raw = await idbRequest(indexedDB.open('influence-journal'));
    const started = performance.now();
    const all = await idbRequest(
      raw.transaction('reflections', 'readonly').objectStore('reflections').getAll(),
    );
    const read = performance.now() - started;
    raw.close();
    const write = await rawBulkWrite(all);
    return { read, write, count: all.length };
  },
};

Object.assign(window, { __g5g6Floors: floors });
document.body.dataset.ready = 'true';
