import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { uniqueDatabaseName } from './migrationHarness';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('durability', () => {
  it('asks IndexedDB for strict durability on every write: saves, Trash, deleting for good and imports', async () => {
    // Before the open: Dexie binds the connection's transaction method when it opens.
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    const db = new JournalDatabase(uniqueDatabaseName('durable'));
    await db.open();
    const journal = createJournal(db);
    const draft = createDraftReflection({ now: new Date('2026-03-01T10:00:00Z'), timeZone: 'Europe/Berlin' });
    const saved = await journal.reflections.saveDraft({ ...draft, asked: 'A durable ask' });
    await journal.reflections.moveToTrash(saved.id);
    await journal.reflections.deleteForever(saved.id);
    await journal.reflections.bulkImport([draft]);

    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes.length).toBeGreaterThanOrEqual(4);
    for (const [, , options] of writes) expect(options).toEqual({ durability: 'strict' });
    db.close();
    await Dexie.delete(db.name);
  });
});
