import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { computeSortKey, sortKeyOf } from '../../../../renderer/db/repositories/toListRowRecord';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

// The list orders and pages by the sortKey each reflection is stored under (renderer/db/repositories/toListRowRecord.ts):
// read from the store, a reflection's key is the one the index holds, not one worked out again.
// Here the stored keys are made to differ from what the fields say (as a change of time-zone rules
// between two versions would), so each test can tell which one was used.

let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('stored-sort-keys'));
});

afterEach(() => deleteFreshJournal(db));

function reflectionAt(iso: string, asked: string): Reflection {
  return { ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/Berlin' }), asked };
}

const older = reflectionAt('2026-01-05T08:00:00Z', 'Older');
const newer = reflectionAt('2026-01-06T08:00:00Z', 'Newer');
// Stored an hour off what the fields say now, in the index's order.
const HOUR = 3_600_000;
const storedKeys = new Map([
  [older.id, computeSortKey(older) - HOUR],
  [newer.id, computeSortKey(newer) - HOUR],
]);

/** Writes records raw, with the sortKeys given, beside Dexie's middleware. */
function putRaw(reflections: readonly Reflection[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction('reflections', 'readwrite');
    for (const reflection of reflections)
      tx.objectStore('reflections').put({ ...reflection, sortKey: storedKeys.get(reflection.id) });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('write failed'));
  });
}

/** A reflection read through Dexie, as the app reads it. */
async function readBack(id: string): Promise<Reflection> {
  const read = await db.reflections.get(id);
  if (read === undefined) throw new Error(`No reflection ${id}`);
  return read;
}

describe('the sortKey a reflection was read with', () => {
  beforeEach(() => putRaw([older, newer]));

  it('is the one the list rows carry, so a page ends where the index says it does', async () => {
    const rows = await journal.reflections.newestRows(1);
    expect(rows.map((row) => [row.id, row.sortKey])).toEqual([[newer.id, storedKeys.get(newer.id)]]);
    const next = await journal.reflections.newestRows(1, rows[0]?.sortKey);
    expect(next.map((row) => [row.id, row.sortKey])).toEqual([[older.id, storedKeys.get(older.id)]]);
    const read = await readBack(older.id);
    expect(read).toEqual(older);
    expect(sortKeyOf(read)).toBe(storedKeys.get(older.id));
  });

  it('is dropped once the object is changed in place, as a modify callback does', async () => {
    const read = await readBack(older.id);
    read.occurredAt = '2026-02-01T09:00';
    expect(sortKeyOf(read)).toBe(computeSortKey(read));
    expect(sortKeyOf(read)).toBe(Date.parse('2026-02-01T08:00:00Z'));
  });

  it('is never what a write stores: a reflection read and put back unchanged is stored under its own key', async () => {
    const read = await readBack(newer.id);
    await db.reflections.put(read);
    const [row] = await journal.reflections.newestRows(1);
    expect(row?.sortKey).toBe(computeSortKey(newer));
    await db.reflections
      .where('id')
      .equals(older.id)
      .modify((reflection) => {
        reflection.occurredAt = '2026-03-01T10:30';
      });
    expect(
      await db.reflections.where('sortKey').equals(Date.parse('2026-03-01T09:30:00Z')).primaryKeys(),
    ).toEqual([older.id]);
  });

  it('belongs to the object read, not to a copy of it', async () => {
    const read = await readBack(older.id);
    expect(sortKeyOf({ ...read })).toBe(computeSortKey(older));
  });
});
