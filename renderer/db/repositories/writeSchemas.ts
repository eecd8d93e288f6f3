import type { writeSchemaSet } from './writeSchemaSet';

/**
 * The schemas the repositories check writes with, loaded on first use rather than with the app:
 * zod and the schemas were a seventh of the script the first rows waited for, and nothing
 * before them writes (docs/benchmarks.md, G1, sixteenth session). Every write still checks:
 * one that comes before they have loaded waits for them.
 */
export type WriteSchemas = typeof writeSchemaSet;

let loaded: WriteSchemas | null = null;
let loading: Promise<WriteSchemas> | null = null;

/** Called by writeSchemaSet as it loads, however it was loaded (this import or a page's own). */
export function provideWriteSchemas(schemas: WriteSchemas): void {
  loaded = schemas;
}

/** The schemas, loading them once; a failed load (a chunk that cannot be fetched) is tried again next time. */
export function loadWriteSchemas(): Promise<WriteSchemas> {
  if (loaded !== null) return Promise.resolve(loaded);
  loading ??= import('./writeSchemaSet').then(
    (module) => module.writeSchemaSet,
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The schemas if they have loaded, or null: code that may run inside a transaction awaits nothing else. */
export function writeSchemasIfLoaded(): WriteSchemas | null {
  return loaded;
}

/**
 * For code inside a transaction, where awaiting anything but Dexie would let the transaction
 * commit early: whoever opened it loaded the schemas first (loadWriteSchemas).
 */
export function loadedWriteSchemas(): WriteSchemas {
  if (loaded === null) throw new Error('The journal’s checks were not loaded before this write began.');
  return loaded;
}
