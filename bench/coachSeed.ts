// Runs in the benchmark's Chromium at the app's origin. Clients are added through the coach's
// own repository (openExport: the same import checks and workspace write as "Open client
// journal"), and the floor reads the coach's database raw.
import { buildJsonExport, serializeJournalExport } from '../shared/data/buildJsonExport';
import { defaultExportOptions } from '../shared/data/exportFormat';
import type { JournalSnapshot } from '../shared/data/journalSnapshot';
import { generateJournal } from '../shared/domain/generateJournal';
import { newTimeOrderedId } from '../shared/domain/timeOrderedId';
import { createCoachClientRepository } from '../renderer/db/coach/coachClientRepository';
import { COACH_DATABASE_NAME, CoachDatabase } from '../renderer/db/coach/coachDatabase';
import { JournalDatabase } from '../renderer/db/JournalDatabase';
import { idbRequest } from './rawIndexedDb';
import { planImport } from '../shared/data/planImport';
import {
  reflectionCompleteSchema,
  reflectionDraftSchema,
  type Reflection,
} from '../shared/domain/reflectionSchema';
import { withSortKey } from '../renderer/db/reflectionSortKey';
import { syncProgressFacts } from '../renderer/db/repositories/progressRepository';
import Dexie from 'dexie';
import { toProgressFact } from '../shared/progress/progressFact';
import { monthsFromFacts } from '../shared/progress/progressMonth';

/** A client's export of `size` reflections, as the Data page writes it (private ones included). */
function clientExport(size: number, seed: number, exportedAt: Date) {
  const { people, reflections } = generateJournal({
    seed,
    reflections: size,
    startDate: '2021-01-01',
    endDate: '2026-10-31',
    timeZone: 'Europe/Berlin',
  });
  // Cast: the snapshot may gain lists (plans) the generator does not make; the export builds them empty.
  const snapshot = {
    people,
    principleSettings: [],
    reflections,
    reminders: [],
    preparations: [],
  } as unknown as JournalSnapshot;
  return buildJsonExport(snapshot, {
    options: { ...defaultExportOptions, includePrivate: true },
    appVersion: 'bench',
    journalId: newTimeOrderedId(exportedAt),
    exportedAt: exportedAt.toISOString(),
  });
}

const coachBench = {
  /** Adds `clients` clients of `size` reflections each; the generated journal is made once and reused. */
  async seedClients(clients: number, size: number): Promise<{ clients: number; ms: number }> {
    const started = performance.now();
    const coach = new CoachDatabase();
    const open = new Map<string, JournalDatabase>();
    const repository = createCoachClientRepository(coach, {
      open(dbName) {
        const db = open.get(dbName) ?? new JournalDatabase(dbName);
        open.set(dbName, db);
        return db;
      },
      release(dbName) {
        open.get(dbName)?.close();
        open.delete(dbName);
      },
    });
    const base = clientExport(size, 20261206, new Date('2026-11-01T09:00:00Z'));
    for (let index = 0; index < clients; index += 1) {
      const exportedAt = new Date(Date.UTC(2026, 10, 2, 9, index));
      const file = { ...base, journalId: newTimeOrderedId(exportedAt), exportedAt: exportedAt.toISOString() };
      await repository.openExport(file, `Client ${String(index + 1).padStart(2, '0')}`);
      // Each workspace is closed once written, as the page would not hold 30 open.
      for (const db of open.values()) db.close();
      open.clear();
    }
    coach.close();
    return { clients, ms: performance.now() - started };
  },

  /** The text of a client's export of `size` reflections, for "Open client journal". */
  exportText(size: number): string {
    return serializeJournalExport(clientExport(size, 20261207, new Date('2026-11-20T09:00:00Z')));
  },

  /**
   * Where a workspace write's time goes: a generated export of `size` is planned and checked, then
   * written into a fresh workspace one kind of record at a time, each timed, in one transaction.
   */
  async writeParts(size: number, raw = false): Promise<Record<string, number>> {
    const file = clientExport(size, 20261208, new Date('2026-11-20T09:00:00Z'));
    const times: Record<string, number> = {};
    let at = performance.now();
    const lap = (name: string) => {
      const next = performance.now();
      times[name] = Math.round(next - at);
      at = next;
    };
    const plan = planImport(
      { ...file, reminders: [] },
      { reflections: new Map(), preparations: new Map(), people: new Map() },
    );
    lap('plan');
    const checked = plan.reflections.new.map((r) =>
      (r.status === 'complete' ? reflectionCompleteSchema : reflectionDraftSchema).parse(r),
    );
    lap('check');
    const stored = checked.map(withSortKey);
    lap('sortKeys added');
    const name = `influence-journal-client-bench-parts-${Date.now()}`;
    const db = new JournalDatabase(name);
    await db.open();
    lap('open');
    if (raw) {
      await db.transaction('rw', db.tables, async (tx) => {
        const idb = tx.idbtrans;
        const putAll = (store: string, records: readonly object[]) =>
          new Promise<void>((resolve, reject) => {
            const os = idb.objectStore(store);
            let last: IDBRequest | null = null;
            for (const record of records) last = os.put(record);
            if (last === null) return resolve();
            last.onsuccess = () => resolve();
            last.onerror = () => reject(last?.error);
          });
        // Raw, below Dexie: each with the sortKey its middleware would add.
        await putAll('reflections', stored);
        lap('reflections');
        // Schema 8: the month records are the one Progress store (the lap keeps its name, so
        // figures from before and after compare).
        const facts = checked.map(toProgressFact).filter((f) => f !== null);
        await putAll('progressMonths', monthsFromFacts(facts));
        lap('progressFacts');
        await putAll(
          'searchChanges',
          checked.map((r) => ({ reflectionId: r.id, kind: 'put' as const })),
        );
        lap('searchChanges');
      });
      lap('commit');
      db.close();
      await Dexie.delete(name);
      return times;
    }
    await db.transaction('rw', db.tables, async () => {
      await Promise.all(db.tables.map((table) => table.clear()));
      lap('clear');
      await db.reflections.bulkPut(checked);
      lap('reflections');
      await syncProgressFacts(db, checked, []);
      lap('progressFacts');
      await db.searchChanges.bulkAdd(checked.map((r) => ({ reflectionId: r.id, kind: 'put' as const })));
      lap('searchChanges');
      await db.meta.put({ key: 'lastWriteAt', value: new Date().toISOString() });
      lap('meta');
    });
    lap('commit');
    db.close();
    await Dexie.delete(name);
    return times;
  },

  /**
   * C2's floors: parsing the export's text (JSON.parse alone, no checks), and writing the records a
   * workspace needs (reflections with their sortKey, Progress months) raw into a fresh database in one
   * transaction, everything prepared before the clock starts.
   */
  async openExportFloors(size: number): Promise<{ parseMs: number; writeMs: number }> {
    const text = serializeJournalExport(clientExport(size, 20261209, new Date('2026-11-20T09:00:00Z')));
    let started = performance.now();
    const parsed = JSON.parse(text) as { reflections: Reflection[] };
    const parseMs = performance.now() - started;
    const reflections = parsed.reflections;
    const stored = reflections.map(withSortKey);
    const months = monthsFromFacts(reflections.map(toProgressFact).filter((fact) => fact !== null));
    const name = `influence-journal-client-bench-floor-${Date.now()}`;
    const setup = new JournalDatabase(name);
    await setup.open();
    setup.close();
    started = performance.now();
    const raw = await idbRequest(indexedDB.open(name));
    const tx = raw.transaction(['reflections', 'progressMonths'], 'readwrite', {
      durability: 'strict',
    });
    const stores: [string, readonly object[]][] = [
      ['reflections', stored],
      ['progressMonths', months],
    ];
    for (const [store, records] of stores) {
      const objectStore = tx.objectStore(store);
      for (const record of records) objectStore.put(record);
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    const writeMs = performance.now() - started;
    raw.close();
    await Dexie.delete(name);
    return { parseMs, writeMs };
  },

  /** The list's floor: opening the coach's database and reading every client record, raw. */
  async coldListFloor(): Promise<{ ms: number; clients: number }> {
    const started = performance.now();
    const raw = await idbRequest(indexedDB.open(COACH_DATABASE_NAME));
    const all = await idbRequest(raw.transaction('clients', 'readonly').objectStore('clients').getAll());
    const ms = performance.now() - started;
    raw.close();
    return { ms, clients: all.length };
  },
};

Object.assign(window, { __coachBench: coachBench });
document.body.dataset.ready = 'true';
