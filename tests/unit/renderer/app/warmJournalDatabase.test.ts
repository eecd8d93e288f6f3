import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  databaseVersionFromPage,
  DATABASE_VERSION_META,
  warmJournalDatabase,
  WARMED_DATABASE_NAME,
} from '../../../../renderer/app/warmJournalDatabase';
import { JOURNAL_DATABASE_NAME } from '../../../../renderer/db/JournalDatabase';
import { startOpeningJournalDatabase } from '../../../../renderer/db/openJournalDatabase';
import { latestSchemaVersion, schemaVersions } from '../../../../renderer/db/schemaVersions';
import { uniqueDatabaseName } from '../db/migrationHarness';

// Dexie opens schema version N as IndexedDB version N * 10; the built page says so in its <meta>.
const CURRENT = latestSchemaVersion * 10;

function rawVersion(name: string): Promise<number | null> {
  return indexedDB.databases().then((all) => all.find((db) => db.name === name)?.version ?? null);
}

async function createJournalAt(name: string, versions = schemaVersions) {
  const { db, opened } = startOpeningJournalDatabase({ name, versions });
  await opened;
  db.close();
}

describe('opening the journal early, while the app loads', () => {
  it('warms the journal the app is about to open and leaves it as it was', async () => {
    expect(WARMED_DATABASE_NAME).toBe(JOURNAL_DATABASE_NAME);
    const name = uniqueDatabaseName('warm-current');
    await createJournalAt(name);
    expect(await warmJournalDatabase(indexedDB, name, CURRENT)).toBe(true);
    expect(await rawVersion(name)).toBe(CURRENT);
    // Closed again at once: a newer version's upgrade (another window, after an update) is not held up.
    const onBlocked = vi.fn();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, CURRENT + 10);
      request.onblocked = onBlocked;
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    expect(onBlocked).not.toHaveBeenCalled();
    upgraded.close();
    await Dexie.delete(name);
  });

  it('creates nothing on a first start: the app creates the journal with its schema', async () => {
    const name = uniqueDatabaseName('warm-first-start');
    expect(await warmJournalDatabase(indexedDB, name, CURRENT)).toBe(false);
    expect(await rawVersion(name)).toBeNull();
    const { db, opened } = startOpeningJournalDatabase({ name });
    await opened;
    expect(db.tables.map((table) => table.name)).toContain('reflections');
    db.close();
    await Dexie.delete(name);
  });

  it('leaves an upgrade to the app, started at the same moment, without blocking it', async () => {
    const name = uniqueDatabaseName('warm-upgrade');
    const older = schemaVersions.slice(0, -1);
    await createJournalAt(name, older);
    const olderVersion = (await rawVersion(name)) ?? 0;
    expect(olderVersion).toBeLessThan(CURRENT);
    const warming = warmJournalDatabase(indexedDB, name, CURRENT);
    const onBlocked = vi.fn();
    const { db, opened } = startOpeningJournalDatabase({ name, onBlocked });
    expect(await warming).toBe(false);
    await expect(opened).resolves.toBe(db);
    expect(onBlocked).not.toHaveBeenCalled();
    expect(db.verno).toBe(latestSchemaVersion);
    expect(db.tables.map((table) => table.name).sort()).toEqual(
      Object.entries(schemaVersions.reduce((all, v) => ({ ...all, ...v.stores }), {}))
        .filter(([, spec]) => spec !== null)
        .map(([table]) => table)
        .sort(),
    );
    db.close();
    await Dexie.delete(name);
  });

  it('does not open a journal written by a newer app (the app explains that itself)', async () => {
    const name = uniqueDatabaseName('warm-newer');
    await createJournalAt(name);
    expect(await warmJournalDatabase(indexedDB, name, CURRENT - 10)).toBe(false);
    expect(await rawVersion(name)).toBe(CURRENT);
    await Dexie.delete(name);
  });
});

describe('the version the built page gives the early open', () => {
  const pageWith = (content: string | null) => {
    const doc = document.implementation.createHTMLDocument('page');
    if (content !== null) {
      const meta = doc.createElement('meta');
      meta.name = DATABASE_VERSION_META;
      meta.content = content;
      doc.head.append(meta);
    }
    return doc;
  };

  it('is read from the page, and there is none without it (dev server) or when it is not a version', () => {
    expect(databaseVersionFromPage(pageWith(String(CURRENT)))).toBe(CURRENT);
    expect(databaseVersionFromPage(pageWith(null))).toBeNull();
    expect(databaseVersionFromPage(pageWith('eighty'))).toBeNull();
    expect(databaseVersionFromPage(pageWith('0'))).toBeNull();
  });
});
