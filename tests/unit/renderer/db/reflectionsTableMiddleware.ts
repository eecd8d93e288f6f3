import type { DBCore, DBCoreTable, Middleware } from 'dexie';

/**
 * A test's DBCore middleware over the reflections store alone: `wrap` gets that table and returns
 * it changed; every other table passes through. `level` places it among the app's own (the sortKey
 * middleware is at 10; a lower level sits below it, nearer the database).
 */
export function reflectionsTableMiddleware(
  name: string,
  wrap: (table: DBCoreTable) => DBCoreTable,
  level = 10,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    level,
    create: (down) => ({
      ...down,
      table: (tableName) =>
        tableName === 'reflections' ? wrap(down.table(tableName)) : down.table(tableName),
    }),
  };
}
