import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { ListRowRecord } from '../../../../renderer/db/records';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';
import { sortKeyOf, toListRowRecord } from '../../../../renderer/db/repositories/toListRowRecord';
import {
  expectOneStoreLayout,
  storedReflection,
  uniqueDatabaseName,
  withoutSortKeyMiddleware,
} from './migrationHarness';

const DANA = '01890a5d-ac96-774b-bcce-b302099a8057';
const LEE = '01890a5d-ac96-774b-bcce-b302099a8058';
const CLOCK = new Date('2026-03-20T10:00:00Z');

const VERSION_9 = schemaVersions.findIndex((v) => v.version === 9);

function written(iso: string, timeZone: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone }),
    personIds: [DANA],
    asked: `Asked on ${iso} in ${timeZone}`,
    tags: ['budget'],
    ...overrides,
  };
}

const complete = (iso: string, timeZone: string, overrides: Partial<Reflection> = {}) =>
  written(iso, timeZone, {
    status: 'complete',
    outcome: 'achieved',
    relationship: 'peer',
    principles: {
      'empowered-adults': { applied: true, rating: 4, notes: '', checks: { 'escalated-to-manager': 'yes' } },
    },
    ...overrides,
  });

/**
 * A journal as version 9 left it. The same wall-clock hour in two zones is two instants, and the
 * drafts with no date yet sort by when they were started: the list's order is the sortKey's, not
 * the text of occurredAt, nor the ids.
 */
const reflections: Reflection[] = [
  complete('2026-01-05T08:00:00Z', 'Europe/Berlin'), // 09:00 in Berlin
  complete('2026-01-05T09:00:00Z', 'Europe/London', { personIds: [DANA, LEE], starred: true }), // 09:00 in London
  complete('2026-01-20T15:00:00Z', 'America/New_York', { personIds: [LEE], tags: [] }),
  written('2026-02-02T10:00:00Z', 'UTC', { occurredAt: null, asked: 'A draft with no date yet' }),
  written('2026-01-10T10:00:00Z', 'Europe/Berlin', { occurredAt: null, personIds: [], asked: '' }),
  complete('2026-02-10T12:00:00Z', 'Asia/Tokyo', { deletedAt: '2026-02-11T10:00:00.000Z' }),
  // Written after the January ones but happened before them: the ids do not give the order.
  written('2026-03-01T10:00:00Z', 'UTC', { occurredAt: '2025-12-24T18:00', personIds: [LEE] }),
];
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const active = (row: ListRowRecord) => row.deletedAt === null;
const newestFirst = (a: ListRowRecord, b: ListRowRecord) => b.sortKey - a.sortKey;

const people = [
  { id: DANA, name: 'Dana', nameKey: 'dana', role: '', team: '', relationship: null, notes: '' },
  { id: LEE, name: 'Lee', nameKey: 'lee', role: '', team: '', relationship: null, notes: '' },
];

/** The build that wrote version 9: its schemas up to 9, and no sortKey on its reflections. */
function openAsVersion9(name: string): JournalDatabase {
  return withoutSortKeyMiddleware(new JournalDatabase(name, schemaVersions.slice(0, VERSION_9 + 1)));
}

/** What the list read from version 9's rows, taken from the rows themselves before the upgrade. */
interface OldList {
  bySortKey: string[];
  sortKeys: number[];
  newest: ListRowRecord[];
  trash: ListRowRecord[];
  forPerson: Map<string, ListRowRecord[]>;
  countActive: number;
}

async function writeVersion9(name: string, seeded: readonly Reflection[] = reflections): Promise<OldList> {
  const old = openAsVersion9(name);
  await old.open();
  try {
    const listRows = old.table<ListRowRecord, string>('listRows');
    await old.reflections.bulkPut([...seeded]);
    await listRows.bulkPut(seeded.map(toListRowRecord));
    await old.people.bulkPut(people as never);
    expect(old.verno).toBe(9);
    // As version 9 stored them: the reflections carry no sortKey of their own.
    expect((await old.reflections.toArray()).filter((stored) => 'sortKey' in stored)).toEqual([]);
    const all = await listRows.orderBy('sortKey').toArray();
    const forPerson = new Map<string, ListRowRecord[]>();
    for (const { id } of people) {
      forPerson.set(
        id,
        (await listRows.where('personIds').equals(id).toArray()).filter(active).sort(newestFirst),
      );
    }
    return {
      bySortKey: all.map((row) => row.id),
      sortKeys: all.map((row) => row.sortKey),
      newest: all.filter(active).reverse(),
      trash: await listRows.where('deletedAt').above('').toArray(),
      forPerson,
      countActive: all.filter(active).length,
    };
  } finally {
    old.close();
  }
}

/** Every record of a store as IndexedDB holds it, read beside Dexie and its middleware. */
function rawRecords(
  name: string,
  store: string,
): Promise<{ stores: string[]; indexes: string[]; records: unknown[] }> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error ?? new Error('open failed'));
    open.onsuccess = () => {
      const idb = open.result;
      const objectStore = idb.transaction(store, 'readonly').objectStore(store);
      const request = objectStore.getAll();
      request.onerror = () => reject(request.error ?? new Error('read failed'));
      request.onsuccess = () => {
        resolve({
          stores: [...idb.objectStoreNames].sort(),
          indexes: [...objectStore.indexNames].sort(),
          records: request.result,
        });
        idb.close();
      };
    };
  });
}

describe('schema version 10: one record per reflection', () => {
  it('opens a version 9 journal with the list rows dropped and the list reading the reflections as the rows said', async () => {
    const name = uniqueDatabaseName('one-store-from-9');
    const before = await writeVersion9(name);
    // The seed is meant to order differently by sortKey than by id.
    expect(before.bySortKey).not.toEqual([...before.bySortKey].sort());
    const db = new JournalDatabase(name);
    try {
      await db.open();
      expectOneStoreLayout(db);

      // Every reflection as the app reads it is the one version 9 stored, without the sortKey.
      const read = await db.reflections.toArray();
      expect(read).toEqual([...reflections].sort(byId));
      expect(read.filter((reflection) => 'sortKey' in reflection)).toEqual([]);
      for (const reflection of reflections)
        expect(await db.reflections.get(reflection.id)).toEqual(reflection);

      // The sortKey index holds every reflection, at the instant its row had, in the rows' order.
      expect(await db.reflections.orderBy('sortKey').primaryKeys()).toEqual(before.bySortKey);
      expect(await db.reflections.orderBy('sortKey').keys()).toEqual(before.sortKeys);
      expect(await db.reflections.where('deletedAt').above('').primaryKeys()).toEqual(
        before.trash.map((row) => row.id),
      );

      const journal = createJournal(db, () => CLOCK);
      expect(await journal.reflections.newestRows(50)).toEqual(before.newest);
      expect(await journal.reflections.newestRows(3)).toEqual(before.newest.slice(0, 3));
      expect(await journal.reflections.newestRows(50, before.newest[2]?.sortKey)).toEqual(
        before.newest.slice(3),
      );
      expect(await journal.reflections.trash()).toEqual(before.trash);
      expect(await journal.reflections.countActive()).toBe(before.countActive);
      expect(await journal.reflections.rowsForPerson(DANA)).toEqual(before.forPerson.get(DANA));
      expect(await journal.reflections.rowsForPerson(LEE)).toEqual(before.forPerson.get(LEE));
      expect(await journal.people.reflectionCount(DANA)).toBe(
        reflections.filter((r) => r.personIds.includes(DANA)).length,
      );
      expect(await journal.people.reflectionCount(LEE)).toBe(
        reflections.filter((r) => r.personIds.includes(LEE)).length,
      );
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('stores each reflection with a numeric sortKey of its own, which the app never reads', async () => {
    const name = uniqueDatabaseName('one-store-raw');
    await writeVersion9(name);
    const db = new JournalDatabase(name);
    try {
      await db.open();
      for (const reflection of reflections) {
        const read = await db.reflections.get(reflection.id);
        expect(read).toEqual(reflection);
        expect(read).not.toHaveProperty('sortKey');
      }
      db.close();

      const raw = await rawRecords(name, 'reflections');
      expect(raw.stores).not.toContain('listRows');
      expect(raw.indexes).toEqual(['deletedAt', 'draftSortKey', 'personIds', 'preparationId', 'sortKey']);
      expect(raw.records).toHaveLength(reflections.length);
      expect(raw.records).toEqual([...reflections].sort(byId).map(storedReflection));
      for (const record of raw.records)
        expect(typeof (record as { sortKey: unknown }).sortKey).toBe('number');
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  // Thousands of records on fake-indexeddb: a few seconds on a busy machine.
  it(
    'gives every reflection its sortKey however many parts the upgrade writes them in',
    { timeout: 30_000 },
    async () => {
      const name = uniqueDatabaseName('one-store-parts');
      // One more than a part of 2,000, started in an order their ids do not follow.
      const count = 2_001;
      const start = Date.parse('2026-01-01T00:00:00Z');
      const many = Array.from({ length: count }, (_, index) =>
        written(new Date(start + index * 60_000).toISOString(), 'UTC', {
          occurredAt: null,
          createdAt: new Date(start - ((index * 7_919) % count) * 60_000).toISOString(),
        }),
      );
      const before = await writeVersion9(name, many);
      expect(before.bySortKey).not.toEqual([...before.bySortKey].sort());
      const db = new JournalDatabase(name);
      try {
        await db.open();
        expect(await db.reflections.orderBy('sortKey').count()).toBe(many.length);
        expect(await db.reflections.orderBy('sortKey').primaryKeys()).toEqual(before.bySortKey);
        db.close();
        const raw = await rawRecords(name, 'reflections');
        expect(
          raw.records.filter((record) => {
            const { sortKey, ...reflection } = record as Reflection & { sortKey: unknown };
            return sortKey !== sortKeyOf(reflection);
          }),
        ).toEqual([]);
      } finally {
        db.close();
        await Dexie.delete(name);
      }
    },
  );
});
