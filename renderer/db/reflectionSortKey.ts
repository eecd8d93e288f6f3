import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { Reflection } from '../../shared/domain/reflectionSchema';
import { computeSortKey, rememberStoredSortKey } from './repositories/toListRowRecord';

/**
 * The reflections store orders the journal by `sortKey` (the instant a conversation happened), an
 * index on a field that is the database's own: this middleware adds it to every reflection
 * written and takes it off every reflection read, so the app, its exports and its backups only
 * ever see reflections as the schema defines them, and no write path can forget it.
 *
 * Why one store (schema 10): a browser charges about the same for each record whatever its size,
 * so a reflection written as one record with its list's indexes costs about 0.6x what it cost as
 * a reflection and a separate list row (docs/benchmarks.md, G6, twentieth session).
 *
 * It sits above Dexie's own layers (level 10, the default), so the live queries' bookkeeping below
 * it sees the sortKey written and can tell the journal list which of its pages changed.
 */
export const REFLECTIONS_TABLE = 'reflections';

type Stored = Reflection & { sortKey?: number; draftSortKey?: number };

/** A reflection as the app sees it: without the database's sortKey and draftSortKey. */
export function withoutSortKey<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (!('sortKey' in value) && !('draftSortKey' in value)) return value;
  const { sortKey, draftSortKey: _draftSortKey, ...reflection } = value as unknown as Stored;
  rememberStoredSortKey(reflection, sortKey);
  return reflection as T;
}

/**
 * A reflection as stored: with the instant that orders it, and (schema 11) the same instant as
 * `draftSortKey` while it is an unfinished draft outside the Trash, so the journal's Drafts list
 * reads an index of drafts alone: at 50,000 reflections and no draft, walking the list's order
 * for drafts took about 4.3 s. Anything else has no draftSortKey, so no entry in that index.
 */
export function withSortKey(reflection: Reflection): Reflection & { sortKey: number; draftSortKey?: number } {
  const plain = withoutSortKey(reflection);
  // Always worked out afresh: what is written must order by what it says now.
  const sortKey = computeSortKey(plain);
  const isOpenDraft = plain.status === 'draft' && plain.deletedAt === null;
  return isOpenDraft ? { ...plain, sortKey, draftSortKey: sortKey } : { ...plain, sortKey };
}

function strippingCursor(cursor: DBCoreCursor): DBCoreCursor {
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: { get: () => withoutSortKey(cursor.value) },
    done: { get: () => cursor.done },
    continue: { value: (key?: unknown) => cursor.continue(key) },
    continuePrimaryKey: {
      value: (key: unknown, primaryKey: unknown) => cursor.continuePrimaryKey(key, primaryKey),
    },
    advance: { value: (count: number) => cursor.advance(count) },
  }) as DBCoreCursor;
}

function reflectionsTable(down: DBCoreTable): DBCoreTable {
  return {
    ...down,
    mutate: (req) =>
      req.type === 'add' || req.type === 'put'
        ? down.mutate({ ...req, values: req.values.map((value: Reflection) => withSortKey(value)) })
        : down.mutate(req),
    get: (req) => down.get(req).then(withoutSortKey),
    getMany: (req) => down.getMany(req).then((values) => values.map(withoutSortKey)),
    query: (req) =>
      down
        .query(req)
        .then((response) =>
          req.values ? { ...response, result: response.result.map(withoutSortKey) } : response,
        ),
    openCursor: (req) =>
      down
        .openCursor(req)
        .then((cursor) => (cursor === null || !req.values ? cursor : strippingCursor(cursor))),
  };
}

export const reflectionSortKeyMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ReflectionSortKey',
  create: (down) => ({
    ...down,
    table: (name) => (name === REFLECTIONS_TABLE ? reflectionsTable(down.table(name)) : down.table(name)),
  }),
};
