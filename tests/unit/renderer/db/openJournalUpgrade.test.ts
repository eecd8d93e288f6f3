import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { startOpeningJournalDatabase } from '../../../../renderer/db/openJournalDatabase';
import { schemaVersions, type SchemaVersion } from '../../../../renderer/db/schemaVersions';
import { describeStorageError } from '../../../../renderer/db/storageErrors';
import { uniqueDatabaseName } from './migrationHarness';

/** A raw connection, as an older window that ignores version changes would hold one. */
function holdOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

describe('opening the journal while another window blocks the upgrade', () => {
  it('says at once that an older window holds it, and which to close', async () => {
    const name = uniqueDatabaseName('blocked');
    // Dexie stores version N as IndexedDB version N * 10: this is schema version 1.
    const older = await holdOpen(name, 10);
    const onBlocked = vi.fn();
    const { opened } = startOpeningJournalDatabase({ name, onBlocked, timeoutMs: 60_000 });
    const error = await opened.catch((caught: unknown) => caught);
    expect(onBlocked).toHaveBeenCalledOnce();
    expect(error).toMatchObject({ name: 'BlockedError' });
    const problem = describeStorageError(error);
    expect(problem.kind).toBe('blocked');
    expect(problem.message).toMatch(/older version of Influence Journal/);
    expect(problem.message).toMatch(/Close that window or tab/);
    older.close();
    await Dexie.delete(name);
  });
});

describe('a migration that takes longer than the open timeout', () => {
  it('is not cut off by the timeout once it has started', async () => {
    const name = uniqueDatabaseName('slow-upgrade');
    let started = false;
    let released = false;
    const slow: SchemaVersion = {
      version: 100,
      stores: {},
      // Keeps the upgrade transaction busy with requests until the test lets it finish.
      upgrade: async (tx) => {
        started = true;
        while (!released) await tx.table('meta').get('anything');
      },
    };
    // A journal at today's version; Dexie runs upgrade functions only on an existing one.
    const today = startOpeningJournalDatabase({ name });
    (await today.opened).close();
    const { db, opened } = startOpeningJournalDatabase({
      name,
      timeoutMs: 300,
      versions: [...schemaVersions, slow],
    });
    const outcome = opened.then(
      () => 'open',
      (error: unknown) => error,
    );
    await vi.waitFor(() => expect(started).toBe(true), { timeout: 5_000 });
    // Well past the timeout, with the migration still running.
    await new Promise((resolve) => setTimeout(resolve, 900));
    released = true;
    expect(await outcome).toBe('open');
    db.close();
    await Dexie.delete(name);
  });
});
