import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDraftReflection,
  reflectionDraftSchema,
  type Reflection,
} from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { StaleReflectionError } from '../../../../renderer/db/repositories/reflectionRepository';
import { sortKeyOf, toListRowRecord } from '../../../../renderer/db/repositories/toListRowRecord';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

let db: JournalDatabase;
let journal: Journal;
let clock = new Date('2026-03-10T09:00:00Z');

beforeEach(async () => {
  clock = new Date('2026-03-10T09:00:00Z');
  ({ db, journal } = await openFreshJournal('writes', () => clock));
});

afterEach(() => deleteFreshJournal(db));

function draftAt(iso: string, asked = 'Numbers for the launch'): Reflection {
  return { ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/Berlin' }), asked };
}

/** Makes every search change fail to be written: the last of a write's requests. */
function failSearchChanges(): () => void {
  const failing = () => {
    throw new Error('simulated failure inside the write');
  };
  db.searchChanges.hook('creating', failing);
  return () => db.searchChanges.hook('creating').unsubscribe(failing);
}

describe('revisions', () => {
  it('reads records and imports without a revision as revision 0', async () => {
    const { revision, ...withoutRevision } = draftAt('2026-03-01T10:00:00Z');
    expect(revision).toBe(0);
    expect(reflectionDraftSchema.parse(withoutRevision).revision).toBe(0);
    expect(reflectionDraftSchema.safeParse({ ...withoutRevision, revision: -1 }).success).toBe(false);
    expect(reflectionDraftSchema.safeParse({ ...withoutRevision, revision: 1.5 }).success).toBe(false);

    // As a build before revisions stored it.
    await db.reflections.put(withoutRevision as Reflection);
    expect((await journal.reflections.get(withoutRevision.id))?.revision).toBe(0);
    const saved = await journal.reflections.saveDraft({ ...withoutRevision, revision: 0, learned: 'x' });
    expect(saved.revision).toBe(1);
  });

  it('adds one with every write and refuses a write made from an older copy, writing nothing', async () => {
    const first = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    expect(first.revision).toBe(1);
    const second = await journal.reflections.saveDraft({ ...first, learned: 'Bring the numbers' });
    expect(second.revision).toBe(2);

    const stale = journal.reflections.saveDraft({ ...first, learned: 'Typed in another window' });
    await expect(stale).rejects.toBeInstanceOf(StaleReflectionError);
    const error = (await stale.catch((caught: unknown) => caught)) as StaleReflectionError;
    expect(error.stored).toMatchObject({ revision: 2, learned: 'Bring the numbers' });
    expect(await journal.reflections.get(first.id)).toMatchObject({
      revision: 2,
      learned: 'Bring the numbers',
    });
    expect(await db.searchChanges.count()).toBe(2);

    const person = await journal.people.add('Dana Fox');
    await expect(journal.reflections.complete({ ...first, personIds: [person.id] })).rejects.toBeInstanceOf(
      StaleReflectionError,
    );
    expect((await journal.reflections.get(first.id))?.status).toBe('draft');
  });

  it('keeps a reflection trashed, starred or restored elsewhere as it is when an older copy is saved', async () => {
    const loaded = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    await journal.reflections.moveToTrash(loaded.id);
    await expect(
      journal.reflections.saveDraft({ ...loaded, learned: 'late keystrokes' }),
    ).rejects.toMatchObject({
      stored: { deletedAt: clock.toISOString(), revision: 2 },
    });
    expect((await journal.reflections.trash()).map((row) => row.id)).toEqual([loaded.id]);

    await journal.reflections.restore(loaded.id);
    await journal.reflections.setStarred(loaded.id, true);
    const stored = await journal.reflections.get(loaded.id);
    expect(stored).toMatchObject({ deletedAt: null, starred: true, revision: 4 });
    await expect(journal.reflections.saveDraft({ ...loaded, starred: false })).rejects.toBeInstanceOf(
      StaleReflectionError,
    );
    expect((await journal.reflections.get(loaded.id))?.starred).toBe(true);
  });

  it('star, Trash and restore act on what is stored at the moment they write', async () => {
    const loaded = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    // Both start before either has written: each reads inside its own transaction, so the
    // second sees the first's change instead of writing over it from an older read.
    await Promise.all([
      journal.reflections.setStarred(loaded.id, true),
      journal.reflections.moveToTrash(loaded.id),
    ]);
    expect(await journal.reflections.get(loaded.id)).toMatchObject({
      starred: true,
      deletedAt: clock.toISOString(),
      revision: 3,
    });
  });

  it('refuses to bring back a reflection deleted for good from an older copy', async () => {
    const loaded = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    await journal.reflections.moveToTrash(loaded.id);
    await journal.reflections.deleteForever(loaded.id);
    const stale = journal.reflections.saveDraft({ ...loaded, learned: 'typed meanwhile' });
    await expect(stale).rejects.toMatchObject({ name: 'StaleReflectionError', stored: undefined });
    expect(await db.reflections.count()).toBe(0);
  });

  it('moves an imported reflection past the stored revision, so an open editor is told', async () => {
    const loaded = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    await journal.reflections.bulkImport([{ ...loaded, revision: 0, learned: 'From the backup' }]);
    expect(await journal.reflections.get(loaded.id)).toMatchObject({
      revision: 2,
      learned: 'From the backup',
    });
    await expect(journal.reflections.saveDraft({ ...loaded, learned: 'typed' })).rejects.toBeInstanceOf(
      StaleReflectionError,
    );
  });
});

describe('one transaction per write', () => {
  it('writes the entry, its place in the list and its search change together or not at all', async () => {
    const restore = failSearchChanges();
    await expect(journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'))).rejects.toThrow(/simulated/);
    restore();
    expect(await db.reflections.count()).toBe(0);
    expect(await journal.reflections.newestRows(10)).toEqual([]);
    expect(await db.meta.get('lastWriteAt')).toBeUndefined();

    // A save that would move a stored reflection to another day leaves it where the list had it.
    const loaded = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    const restoreAgain = failSearchChanges();
    await expect(
      journal.reflections.saveDraft({ ...loaded, occurredAt: '2026-02-01T09:00' }),
    ).rejects.toThrow(/simulated/);
    restoreAgain();
    expect(await db.reflections.where('sortKey').equals(sortKeyOf(loaded)).primaryKeys()).toEqual([
      loaded.id,
    ]);
    expect(await db.reflections.where('sortKey').below(sortKeyOf(loaded)).count()).toBe(0);
  });

  it('keeps a star out of the entry when the rest of its write fails', async () => {
    const loaded = await journal.reflections.saveDraft(draftAt('2026-03-01T10:00:00Z'));
    const restore = failSearchChanges();
    await expect(journal.reflections.setStarred(loaded.id, true)).rejects.toThrow(/simulated/);
    restore();
    expect(await journal.reflections.get(loaded.id)).toMatchObject({ starred: false, revision: 1 });
    expect((await journal.reflections.newestRows(1))[0]?.starred).toBe(false);
  });

  it('imports all or nothing when a write fails midway, not only when a record is invalid', async () => {
    const stored = await journal.reflections.saveDraft(draftAt('2026-02-01T10:00:00Z'));
    const restore = failSearchChanges();
    const many = [
      { ...stored, occurredAt: '2026-03-05T09:00' },
      draftAt('2026-03-01T10:00:00Z'),
      draftAt('2026-03-02T10:00:00Z'),
    ];
    await expect(journal.reflections.bulkImport(many)).rejects.toThrow(/simulated/);
    restore();
    expect(await db.reflections.count()).toBe(1);
    expect(await journal.reflections.get(stored.id)).toEqual(stored);
    // The list reads the stored one as it was, at its own instant.
    expect(await journal.reflections.newestRows(10)).toEqual([toListRowRecord(stored)]);
    expect(await db.reflections.where('sortKey').above(sortKeyOf(stored)).count()).toBe(0);
  });

  it('tells search about every reflection the Trash clean-up deletes, in the same transaction', async () => {
    const old = await journal.reflections.saveDraft(draftAt('2026-01-01T10:00:00Z'));
    await journal.reflections.moveToTrash(old.id);
    await journal.reflections.purgeExpiredTrash('1.0.0');
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    await journal.reflections.saveDraft(draftAt('2026-04-01T10:00:00Z', 'today'));
    await db.searchChanges.clear();

    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(1);
    expect(await db.searchChanges.toArray()).toEqual([
      { seq: expect.any(Number), reflectionId: old.id, kind: 'delete' },
    ]);

    // And a clean-up that fails midway deletes nothing.
    const again = await journal.reflections.saveDraft(draftAt('2026-01-05T10:00:00Z', 'again'));
    await journal.reflections.moveToTrash(again.id);
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    await journal.reflections.saveDraft(draftAt('2026-05-01T10:00:00Z', 'later'));
    const restore = failSearchChanges();
    await expect(journal.reflections.purgeExpiredTrash('1.0.0')).rejects.toThrow(/simulated/);
    restore();
    expect(await journal.reflections.get(again.id)).toBeDefined();
  });
});
