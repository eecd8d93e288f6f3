import Dexie from 'dexie';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { schemaVersions } from '../../../../renderer/db/schemaVersions';

let counter = 0;
export const uniqueDatabaseName = (label: string) => `test-${label}-${Date.now()}-${(counter += 1)}`;

/** A database that knows only the released versions up to `version`, as an older app build did. */
export function openAtVersion(name: string, version: number): JournalDatabase {
  return new JournalDatabase(
    name,
    schemaVersions.filter((v) => v.version <= version),
  );
}

/**
 * Writes `seed` with schema version `from`, closes, then opens the same database with the
 * current code (or, given `to`, the code of that version, for a table a later version dropped)
 * and hands it to `check`. This is how every schema change is tested.
 */
export async function upgradeFrom(
  from: number,
  seed: (db: JournalDatabase) => Promise<void>,
  check: (db: JournalDatabase) => Promise<void>,
  to?: number,
): Promise<void> {
  const name = uniqueDatabaseName(`upgrade-from-${from}`);
  const older = openAtVersion(name, from);
  await older.open();
  await seed(older);
  older.close();
  const current = to === undefined ? new JournalDatabase(name) : openAtVersion(name, to);
  try {
    await current.open();
    await check(current);
  } finally {
    current.close();
    await Dexie.delete(name);
  }
}
