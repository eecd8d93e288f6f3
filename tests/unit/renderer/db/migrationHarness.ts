import Dexie, { type Middleware } from 'dexie';
import { expect } from 'vitest';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { reflectionSortKeyMiddleware } from '../../../../renderer/db/reflectionSortKey';
import { latestSchemaVersion, schemaVersions } from '../../../../renderer/db/schemaVersions';
import { sortKeyOf } from '../../../../renderer/db/repositories/toListRowRecord';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { reflectionsTableMiddleware } from './reflectionsTableMiddleware';

let counter = 0;
export const uniqueDatabaseName = (label: string) => `test-${label}-${Date.now()}-${(counter += 1)}`;

/** The first version whose reflections carry the database's own sortKey (renderer/db/reflectionSortKey.ts). */
export const SORT_KEY_VERSION =
  schemaVersions.find((v) => v.stores.reflections?.includes('sortKey') === true)?.version ?? Infinity;

/**
 * Takes the sortKey middleware off a database not opened yet, as a build from before the sortKey
 * had none: its reflections are stored and read as they are.
 */
export function withoutSortKeyMiddleware(db: JournalDatabase): JournalDatabase {
  return db.unuse(reflectionSortKeyMiddleware as unknown as Middleware<{ stack: 'dbcore' }>);
}

/** The first version whose open drafts carry a draftSortKey (renderer/db/reflectionSortKey.ts). */
export const DRAFT_SORT_KEY_VERSION =
  schemaVersions.find((v) => v.stores.reflections?.includes('draftSortKey') === true)?.version ?? Infinity;

/**
 * Builds from the sortKey's version until the draftSortKey's stored a sortKey alone: below the
 * sortKey middleware (a lower level), this takes the draftSortKey off every reflection written.
 */
const withoutDraftSortKey = reflectionsTableMiddleware(
  'WithoutDraftSortKey',
  (table) => ({
    ...table,
    mutate: (request) =>
      request.type === 'add' || request.type === 'put'
        ? table.mutate({
            ...request,
            values: request.values.map((value: Record<string, unknown>) => {
              const { draftSortKey: _draftSortKey, ...stored } = value;
              return stored;
            }),
          })
        : table.mutate(request),
  }),
  5,
);

/**
 * A database that knows only the released versions up to `version`, as an older app build did.
 * Below the sortKey's version it writes reflections without one, and below the draftSortKey's
 * without that, as those builds did, so an upgrade test sees the reflections as a real journal of
 * that version holds them.
 */
export function openAtVersion(name: string, version: number): JournalDatabase {
  const db = new JournalDatabase(
    name,
    schemaVersions.filter((v) => v.version <= version),
  );
  if (version < SORT_KEY_VERSION) return withoutSortKeyMiddleware(db);
  return version < DRAFT_SORT_KEY_VERSION ? db.use(withoutDraftSortKey) : db;
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

/**
 * The journal as the latest version lays it out: one record per reflection with the list's indexes
 * on it (schema 10), and the plan a reflection looks back on and the open drafts indexed (schema 11).
 */
export function expectOneStoreLayout(db: JournalDatabase): void {
  expect(db.verno).toBe(latestSchemaVersion);
  expect(db.tables.map((table) => table.name)).not.toContain('listRows');
  expect(db.reflections.schema.indexes.map((index) => index.name).sort()).toEqual([
    'deletedAt',
    'draftSortKey',
    'personIds',
    'preparationId',
    'sortKey',
  ]);
}

/**
 * A reflection as the latest version stores it: with its sortKey, and the same instant as
 * draftSortKey while it is an unfinished draft outside the Trash (schema 11).
 */
export function storedReflection(
  reflection: Reflection,
): Reflection & { sortKey: number; draftSortKey?: number } {
  const sortKey = sortKeyOf(reflection);
  const isOpenDraft = reflection.status === 'draft' && reflection.deletedAt === null;
  return isOpenDraft ? { ...reflection, sortKey, draftSortKey: sortKey } : { ...reflection, sortKey };
}
