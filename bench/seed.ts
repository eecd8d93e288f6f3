// Runs in the benchmark's Chromium at the app's origin. It seeds and measures through the
// app's own storage code (JournalDatabase and the repositories), never through a side door.
import type MiniSearch from 'minisearch';
import { generateJournal } from '../shared/domain/generateJournal';
import { unpackIndex } from '../shared/search/packedSearchIndex';
import { rankQuery } from '../shared/search/rankQuery';
import type { SearchDocument } from '../shared/search/searchDocument';
import { DEFAULT_RESULT_LIMIT, searchIndexOptions } from '../shared/search/searchOptions';
import { queryTerms } from '../shared/search/searchText';
import { createJournal } from '../renderer/db/JournalContext';
import { openJournalDatabase } from '../renderer/db/openJournalDatabase';
import { loadWriteSchemas } from '../renderer/db/repositories/writeSchemas';
import { idbRequest, transactionDone } from './rawIndexedDb';

const CHUNK = 2_000;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** The newest 50 reflections through the sortKey index, the way the journal's first page reads. */
async function readNewest50(raw: IDBDatabase): Promise<unknown[]> {
  const tx = raw.transaction('reflections', 'readonly');
  const cursorRequest = tx.objectStore('reflections').index('sortKey').openCursor(null, 'prev');
  const rows: unknown[] = [];
  await new Promise<void>((resolve, reject) => {
    cursorRequest.onsuccess = () => {
      const cursor = cursorRequest.result;
      if (!cursor || rows.length >= 50) return resolve();
      rows.push(cursor.value);
      cursor.continue();
    };
    cursorRequest.onerror = () => reject(cursorRequest.error);
  });
  return rows;
}

const bench = {
  async seed(count: number): Promise<{ reflections: number; people: number; ms: number }> {
    const started = performance.now();
    const { people, reflections } = generateJournal({
      seed: 20261129,
      reflections: count,
      startDate: '2019-01-01',
      endDate: '2026-10-31',
      timeZone: 'Europe/Berlin',
    });
    const db = await openJournalDatabase();
    const journal = createJournal(db);
    await journal.people.bulkImport(people);
    for (let i = 0; i < reflections.length; i += CHUNK) {
      await journal.reflections.bulkImport(reflections.slice(i, i + CHUNK));
    }
    db.close();
    return { reflections: reflections.length, people: people.length, ms: performance.now() - started };
  },

  /** G2: one save through the repository (entry, list row and search change in one transaction). */
  async saves(samples: number): Promise<{ p50: number; p95: number; floorP50: number; floorP95: number }> {
    const db = await openJournalDatabase();
    const journal = createJournal(db);
    const [row] = await journal.reflections.newestRows(1);
    const original = row ? await journal.reflections.get(row.id) : undefined;
    if (!original) throw new Error('Seed the journal before measuring saves.');
    // The app loads the write schemas at the first idle moment after start-up; so does this page.
    await loadWriteSchemas();
    const saves: number[] = [];
    // Each save carries the revision the last one stored, as the editor does: a save from an
    // older copy is refused as written in another window.
    let current = original;
    for (let i = 0; i < samples; i += 1) {
      const started = performance.now();
      current = await journal.reflections.saveDraft({ ...current, learned: `${original.learned} ${i}` });
      saves.push(performance.now() - started);
    }
    current = await journal.reflections.saveDraft({ ...original, revision: current.revision });
    // Floor: a raw put of the same record in its own transaction, no list row or search change.
    const raw = db.backendDB();
    const floor: number[] = [];
    for (let i = 0; i < samples; i += 1) {
      const started = performance.now();
      const tx = raw.transaction('reflections', 'readwrite');
      tx.objectStore('reflections').put({ ...current, learned: `${original.learned} raw ${i}` });
      await transactionDone(tx);
      floor.push(performance.now() - started);
    }
    await journal.reflections.saveDraft({ ...original, revision: current.revision });
    db.close();
    return {
      p50: percentile(saves, 50),
      p95: percentile(saves, 95),
      floorP50: percentile(floor, 50),
      floorP95: percentile(floor, 95),
    };
  },

  /**
   * G1's other floor: opening the database in a browser that has not touched it yet, then the
   * newest 50 list rows, all raw. Called first thing in a fresh browser, as the app's cold start is.
   */
  async coldOpen(): Promise<number> {
    const started = performance.now();
    const raw = await idbRequest(indexedDB.open('influence-journal'));
    await readNewest50(raw);
    const elapsed = performance.now() - started;
    raw.close();
    return elapsed;
  },

  /** Floors for G1, G3b and G4: the newest 50 list rows, the saved search index reloaded, every reflection at once. */
  async floors(queries: readonly string[]): Promise<{
    newest50: number;
    getAll: number;
    indexReload: number;
    warmQueryP95: number;
    miniSearchQueryP95: number;
    count: number;
  }> {
    const db = await openJournalDatabase();
    const raw = db.backendDB();
    let started = performance.now();
    await readNewest50(raw);
    const newest50 = performance.now() - started;
    started = performance.now();
    const all = await idbRequest(
      raw.transaction('reflections', 'readonly').objectStore('reflections').getAll(),
    );
    const getAll = performance.now() - started;
    // G3b's floor: reading the saved index and unpacking it, with nothing else.
    started = performance.now();
    const saved = await idbRequest(
      raw.transaction('searchIndex', 'readonly').objectStore('searchIndex').get('index'),
    );
    const packed: unknown = (saved as { value?: unknown } | undefined)?.value;
    if (packed === undefined) throw new Error('No saved search index to reload.');
    const index = unpackIndex<SearchDocument>(packed, searchIndexOptions);
    const indexReload = performance.now() - started;
    // G3's floor: the loaded index ranking each prefix typed in the app's search, with nothing
    // read or drawn afterwards. MiniSearch's own search() on the same index is kept beside it,
    // as what ranking cost before rankQuery.
    const queryTimes: number[] = [];
    const miniSearchTimes: number[] = [];
    for (const word of queries) {
      for (let length = 1; length <= word.length; length += 1) {
        const prefix = word.slice(0, length);
        started = performance.now();
        rankQuery(index as MiniSearch<unknown>, queryTerms(prefix), { limit: DEFAULT_RESULT_LIMIT });
        queryTimes.push(performance.now() - started);
        started = performance.now();
        index.search(prefix);
        miniSearchTimes.push(performance.now() - started);
      }
    }
    db.close();
    return {
      newest50,
      getAll,
      indexReload,
      warmQueryP95: percentile(queryTimes, 95),
      miniSearchQueryP95: percentile(miniSearchTimes, 95),
      count: all.length,
    };
  },
};

Object.assign(window, { __bench: bench });
document.body.dataset.ready = 'true';
