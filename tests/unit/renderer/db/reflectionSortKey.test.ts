import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { sortKeyOf } from '../../../../renderer/db/repositories/toListRowRecord';
import { storedReflection } from './migrationHarness';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

// The sortKey middleware (renderer/db/reflectionSortKey.ts), seen from both sides: what
// IndexedDB stores, read beside Dexie, and what every kind of Dexie read hands the app.

let db: JournalDatabase;

beforeEach(async () => {
  ({ db } = await openFreshJournal('sort-key'));
});

afterEach(() => deleteFreshJournal(db));

const DANA = '01890a5d-ac96-774b-bcce-b302099a8057';

function reflectionAt(iso: string, timeZone: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone }),
    personIds: [DANA],
    asked: `Asked on ${iso} in ${timeZone}`,
    ...overrides,
  };
}

// 09:00 on the same day in two zones: an hour apart. A draft with no date sorts by its start.
const berlin = reflectionAt('2026-01-05T08:00:00Z', 'Europe/Berlin');
const london = reflectionAt('2026-01-05T09:00:00Z', 'Europe/London', { personIds: [] });
const undated = reflectionAt('2026-01-05T12:00:00Z', 'UTC', { occurredAt: null });
// Happened at 10:00 in New York (15:00 UTC), written down five hours earlier.
const trashed = reflectionAt('2026-01-06T10:00:00Z', 'America/New_York', {
  occurredAt: '2026-01-06T10:00',
  deletedAt: '2026-01-07T10:00:00.000Z',
});
const all = [berlin, london, undated, trashed];
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** A record exactly as IndexedDB holds it, read on Dexie's own connection but not through Dexie. */
function stored(store: string, key: string): Promise<Record<string, unknown> | undefined> {
  return new Promise((resolve, reject) => {
    const request = db.backendDB().transaction(store, 'readonly').objectStore(store).get(key);
    request.onsuccess = () => resolve(request.result as Record<string, unknown> | undefined);
    request.onerror = () => reject(request.error ?? new Error('read failed'));
  });
}

/** Whichever of these values carry a sortKey or a draftSortKey: none of what the app reads should. */
const carryingSortKey = (values: readonly unknown[]) =>
  values.filter(
    (value) => typeof value === 'object' && value !== null && ('sortKey' in value || 'draftSortKey' in value),
  );

describe('what a reflection is stored with', () => {
  it('stores the instant it happened as its sortKey, whichever write put it there', async () => {
    await db.reflections.put(berlin);
    await db.reflections.add(london);
    await db.reflections.bulkPut([undated]);
    await db.reflections.bulkAdd([trashed]);
    for (const reflection of all) {
      expect(await stored('reflections', reflection.id)).toEqual(storedReflection(reflection));
    }
    expect((await stored('reflections', berlin.id))?.sortKey).toBe(Date.parse('2026-01-05T08:00:00Z'));
    expect((await stored('reflections', london.id))?.sortKey).toBe(Date.parse('2026-01-05T09:00:00Z'));
    expect((await stored('reflections', undated.id))?.sortKey).toBe(Date.parse(undated.createdAt));
    // The objects the app handed over are left as they were.
    expect(carryingSortKey(all)).toEqual([]);
  });

  it('gives unfinished drafts outside the Trash, and nothing else, a draftSortKey that follows each write', async () => {
    await db.reflections.bulkPut(all);
    const complete = reflectionAt('2026-01-08T09:00:00Z', 'UTC', { status: 'complete' });
    await db.reflections.put(complete);
    const draftKey = async (id: string) => (await stored('reflections', id))?.draftSortKey;
    expect(await draftKey(berlin.id)).toBe(sortKeyOf(berlin));
    expect(await draftKey(undated.id)).toBe(Date.parse(undated.createdAt));
    expect(await draftKey(trashed.id)).toBeUndefined();
    expect(await draftKey(complete.id)).toBeUndefined();
    expect((await db.reflections.where('draftSortKey').above(0).primaryKeys()).sort()).toEqual(
      [berlin.id, london.id, undated.id].sort(),
    );

    // Completed, moved to the Trash, restored, made a draft again: the index follows.
    await db.reflections.update(berlin.id, { status: 'complete' });
    await db.reflections.update(london.id, { deletedAt: '2026-01-09T10:00:00.000Z' });
    await db.reflections.update(trashed.id, { deletedAt: null });
    await db.reflections.update(complete.id, { status: 'draft' });
    expect(await draftKey(berlin.id)).toBeUndefined();
    expect(await draftKey(london.id)).toBeUndefined();
    expect(await draftKey(trashed.id)).toBe(sortKeyOf(trashed));
    expect((await db.reflections.where('draftSortKey').above(0).primaryKeys()).sort()).toEqual(
      [undated.id, trashed.id, complete.id].sort(),
    );
    expect(carryingSortKey(await db.reflections.toArray())).toEqual([]);
  });

  it('adds it to reflections only', async () => {
    await db.people.put({ id: DANA, name: 'Dana', nameKey: 'dana' } as never);
    await db.meta.put({ key: 'occurredAt', value: berlin });
    expect(await stored('people', DANA)).toEqual({ id: DANA, name: 'Dana', nameKey: 'dana' });
    expect(await stored('meta', 'occurredAt')).toEqual({ key: 'occurredAt', value: berlin });
  });

  it('keeps it up to date when a modify, an update or a bulk update changes when it happened', async () => {
    await db.reflections.bulkPut(all);
    const moved = (reflection: Reflection, occurredAt: string | null) => ({ ...reflection, occurredAt });
    const expectAt = async (reflection: Reflection) => {
      expect(await stored('reflections', reflection.id)).toEqual(storedReflection(reflection));
      expect(await db.reflections.where('sortKey').equals(sortKeyOf(reflection)).primaryKeys()).toEqual([
        reflection.id,
      ]);
    };

    // A change object on a key range, and a function on an index's range.
    await db.reflections.where('id').equals(berlin.id).modify({ occurredAt: '2026-02-01T09:00' });
    await expectAt(moved(berlin, '2026-02-01T09:00'));
    await db.reflections
      .where('personIds')
      .equals(DANA)
      .filter((reflection) => reflection.id === undated.id)
      .modify((reflection) => {
        reflection.occurredAt = '2026-03-01T10:30';
      });
    await expectAt(moved(undated, '2026-03-01T10:30'));

    await db.reflections.update(london.id, { occurredAt: '2026-04-01T09:00' });
    await expectAt(moved(london, '2026-04-01T09:00'));
    await db.reflections.bulkUpdate([{ key: trashed.id, changes: { occurredAt: null } }]);
    await expectAt(moved(trashed, null));

    // Nothing is left at the instants they had before.
    for (const reflection of [berlin, london, undated, trashed]) {
      expect(await db.reflections.where('sortKey').equals(sortKeyOf(reflection)).count()).toBe(0);
    }
  });
});

describe('what the app reads', () => {
  beforeEach(() => db.reflections.bulkPut(all));

  it('reads reflections without the sortKey, by key and by keys', async () => {
    const one = await db.reflections.get(berlin.id);
    expect(one).toEqual(berlin);
    expect(one).not.toHaveProperty('sortKey');
    const many = await db.reflections.bulkGet([london.id, 'missing', undated.id]);
    expect(many).toEqual([london, undefined, undated]);
    expect(carryingSortKey(many)).toEqual([]);
  });

  it('reads them without it in a query, on the table or on an index, forwards or back', async () => {
    const reads = [
      await db.reflections.toArray(),
      await db.reflections.orderBy('sortKey').toArray(),
      await db.reflections.orderBy('sortKey').reverse().limit(2).toArray(),
      await db.reflections.where('personIds').equals(DANA).toArray(),
      await db.reflections.where('deletedAt').above('').sortBy('deletedAt'),
      [await db.reflections.orderBy('sortKey').first(), await db.reflections.orderBy('sortKey').last()],
    ];
    expect(reads[0]).toEqual([...all].sort(byId));
    expect(reads[1]).toEqual([berlin, london, undated, trashed]);
    expect(reads[2]).toEqual([trashed, undated]);
    expect(reads[3]).toEqual([berlin, undated, trashed].sort(byId));
    expect(reads[4]).toEqual([trashed]);
    expect(reads[5]).toEqual([berlin, trashed]);
    expect(carryingSortKey(reads.flat())).toEqual([]);
  });

  it('reads them without it through a cursor: each, a filter and its callback', async () => {
    const seenByEach: Reflection[] = [];
    await db.reflections.orderBy('sortKey').each((reflection) => {
      seenByEach.push(reflection);
    });
    const seenByFilter: Reflection[] = [];
    const filtered = await db.reflections
      .filter((reflection) => {
        seenByFilter.push(reflection);
        return reflection.deletedAt === null;
      })
      .toArray();
    const drafts = await db.reflections
      .where('sortKey')
      .below(Infinity)
      .reverse()
      .filter((reflection) => reflection.occurredAt === null)
      .toArray();

    expect(seenByEach).toEqual([berlin, london, undated, trashed]);
    expect(seenByFilter).toEqual([...all].sort(byId));
    expect(filtered).toEqual([berlin, london, undated].sort(byId));
    expect(drafts).toEqual([undated]);
    expect(carryingSortKey([...seenByEach, ...seenByFilter, ...filtered, ...drafts])).toEqual([]);
  });

  it('finds reflections by the instant they happened, not by the wall-clock text', async () => {
    const between = (fromIso: string, toIso: string) =>
      db.reflections.where('sortKey').between(Date.parse(fromIso), Date.parse(toIso)).toArray();
    // Both say 09:00; only London's 09:00 is between 08:30 and 09:30 UTC.
    expect(await between('2026-01-05T08:30:00Z', '2026-01-05T09:30:00Z')).toEqual([london]);
    expect(await between('2026-01-05T07:30:00Z', '2026-01-05T08:30:00Z')).toEqual([berlin]);
    // The undated draft is found at the instant it was started.
    expect(await between('2026-01-05T11:30:00Z', '2026-01-05T12:30:00Z')).toEqual([undated]);
    // 10:00 in New York is 15:00 UTC.
    expect(await between('2026-01-06T14:30:00Z', '2026-01-06T15:30:00Z')).toEqual([trashed]);
    expect(await db.reflections.where('sortKey').between(0, Infinity).primaryKeys()).toEqual(
      [berlin, london, undated, trashed].map(({ id }) => id),
    );
  });
});
