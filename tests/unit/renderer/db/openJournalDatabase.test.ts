import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  openJournalDatabase,
  startOpeningJournalDatabase,
} from '../../../../renderer/db/openJournalDatabase';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';
import { describeStorageError } from '../../../../renderer/db/storageErrors';
import { uniqueDatabaseName } from './migrationHarness';

describe('openJournalDatabase', () => {
  it('opens the journal', async () => {
    const name = uniqueDatabaseName('open');
    const db = await openJournalDatabase({ name });
    expect(db.isOpen()).toBe(true);
    db.close();
    await Dexie.delete(name);
  });

  it('closes and tells the app when another window upgrades the database', async () => {
    const name = uniqueDatabaseName('versionchange');
    const onVersionChange = vi.fn();
    const db = await openJournalDatabase({ name, onVersionChange });
    const upgraded = new JournalDatabase(name, [
      ...schemaVersions,
      { version: 999, stores: { later: 'id' } },
    ]);
    await upgraded.open();
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(db.isOpen()).toBe(false);
    upgraded.close();
    await Dexie.delete(name);
  });

  it('gives up with a clear timeout error instead of hanging', async () => {
    vi.useFakeTimers();
    const open = vi.spyOn(Dexie.prototype, 'open').mockReturnValue(new Promise(() => undefined) as never);
    const opening = openJournalDatabase({ name: uniqueDatabaseName('hang'), timeoutMs: 5000 });
    const assertion = expect(opening).rejects.toMatchObject({
      name: 'TimeoutError',
      message: /within 5 seconds/,
    });
    await vi.advanceTimersByTimeAsync(5000);
    await assertion;
    open.mockRestore();
    vi.useRealTimers();
  });
});

describe('startOpeningJournalDatabase', () => {
  it('hands over a database that takes queries before it has opened', async () => {
    const name = uniqueDatabaseName('early');
    const { db, opened } = startOpeningJournalDatabase({ name });
    expect(db.isOpen()).toBe(false);
    const count = db.reflections.where('sortKey').above(0).count();
    await expect(opened).resolves.toBe(db);
    expect(await count).toBe(0);
    db.close();
    await Dexie.delete(name);
  });
});

describe('a journal upgraded by a newer build', () => {
  it('is refused before anything reads it, with the newer-version message', async () => {
    const name = uniqueDatabaseName('newer');
    const newer = new JournalDatabase(name, [...schemaVersions, { version: 999, stores: { later: 'id' } }]);
    await newer.open();
    await newer.reflections.put(
      createDraftReflection({ now: new Date('2026-03-01T10:00:00Z'), timeZone: 'UTC' }),
    );
    newer.close();

    const { db, opened } = startOpeningJournalDatabase({ name });
    const read = db.reflections.where('sortKey').above(0).count();
    await expect(opened).rejects.toMatchObject({ name: 'VersionError' });
    await expect(read).rejects.toBeDefined();
    expect(db.isOpen()).toBe(false);
    expect(describeStorageError(await opened.catch((error: unknown) => error)).kind).toBe('newer-version');
    await Dexie.delete(name);
  });

  it("opens a journal at this build's own version", async () => {
    const name = uniqueDatabaseName('same');
    const first = await openJournalDatabase({ name });
    first.close();
    const again = await openJournalDatabase({ name });
    expect(again.isOpen()).toBe(true);
    again.close();
    await Dexie.delete(name);
  });
});
