import Dexie, { type Table } from 'dexie';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export const JOURNAL_DATABASE_NAME = 'influence-journal';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** The one Dexie database. Only repositories in renderer/db query it. */
export class JournalDatabase extends Dexie {
  meta!: Table<MetaRow, string>;

  constructor(name = JOURNAL_DATABASE_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
