import type { Transaction } from 'dexie';

/**
 * Every schema version ever released, in order. Append-only: a released entry is never
 * edited, because users' databases were created from it. Data changes go in `upgrade`,
 * a transform with its own test in tests/unit/renderer/db.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { meta: 'key' },
  },
  {
    // The journal. Full reflections are read one at a time; the list reads small rows ordered
    // by sortKey (the instant it happened); deletedAt is indexed only when set, so the Trash
    // is an index scan. searchChanges queues what the search index has not absorbed yet.
    version: 2,
    stores: {
      reflections: 'id',
      listRows: 'id, sortKey, deletedAt, *personIds, *tags',
      people: 'id, nameKey',
      searchChanges: '++seq',
      searchIndex: 'key',
    },
  },
];

export const latestSchemaVersion = schemaVersions.reduce((max, v) => Math.max(max, v.version), 0);
