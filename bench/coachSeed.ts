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
