import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { latestSchemaVersion, schemaVersions } from '../../../../renderer/db/schemaVersions';
import { openAtVersion, uniqueDatabaseName, upgradeFrom } from './migrationHarness';

describe('schema versions', () => {
  it('are strictly increasing whole numbers starting at 1', () => {
    const numbers = schemaVersions.map((v) => v.version);
    expect(numbers[0]).toBe(1);
    numbers.forEach((n, i) => {
      expect(Number.isInteger(n)).toBe(true);
      if (i > 0) expect(n).toBeGreaterThan(numbers[i - 1] ?? 0);
    });
  });

  it('opens a fresh database at the latest version with every declared table', async () => {
    const name = uniqueDatabaseName('fresh');
    const db = new JournalDatabase(name);
    await db.open();
    expect(db.verno).toBe(latestSchemaVersion);
    // A table is there if its last declaration is not null (a later version may drop it).
    const last = new Map<string, string | null>();
    for (const v of schemaVersions) for (const [t, s] of Object.entries(v.stores)) last.set(t, s);
    const declared = new Set([...last].filter(([, s]) => s !== null).map(([t]) => t));
    expect(new Set(db.tables.map((t) => t.name))).toEqual(declared);
    db.close();
    await Dexie.delete(name);
  });

  for (const { version } of schemaVersions) {
    it(`keeps data written by schema version ${version} when the current code opens it`, async () => {
      await upgradeFrom(
        version,
        async (db) => {
          await db.meta.put({ key: 'written-at-version', value: version });
        },
        async (db) => {
          expect(db.verno).toBe(latestSchemaVersion);
          expect(await db.meta.get('written-at-version')).toEqual({
            key: 'written-at-version',
            value: version,
          });
        },
      );
    });
  }

  it('refuses a database written by a newer version of the app, and leaves its data alone', async () => {
    // Dexie 4 on its own would open a newer database at its installed version, and this build
    // would then work on data laid out by a schema it does not know.
    const name = uniqueDatabaseName('newer');
    const newerVersions = [...schemaVersions, { version: latestSchemaVersion + 1, stores: { extra: 'id' } }];
    const newer = new JournalDatabase(name, newerVersions);
    await newer.open();
    await newer.meta.put({ key: 'from-the-future', value: true });
    newer.close();
    const older = openAtVersion(name, latestSchemaVersion);
    await expect(older.open()).rejects.toMatchObject({ name: 'VersionError' });
    expect(older.isOpen()).toBe(false);
    const again = new JournalDatabase(name, newerVersions);
    await again.open();
    expect(await again.meta.get('from-the-future')).toEqual({ key: 'from-the-future', value: true });
    again.close();
    await Dexie.delete(name);
  });
});
