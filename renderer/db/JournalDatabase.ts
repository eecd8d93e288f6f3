import Dexie, { type Table } from 'dexie';
import type { Reflection } from '../../shared/domain/reflectionSchema';
import type { ListRowRecord, PersonRecord, SearchChangeRecord, SearchIndexRecord } from './records';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export const JOURNAL_DATABASE_NAME = 'influence-journal';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** The one Dexie database. Only repositories in renderer/db query it. */
export class JournalDatabase extends Dexie {
  meta!: Table<MetaRow, string>;
  reflections!: Table<Reflection, string>;
  listRows!: Table<ListRowRecord, string>;
  people!: Table<PersonRecord, string>;
  searchChanges!: Table<SearchChangeRecord, number>;
  searchIndex!: Table<SearchIndexRecord, string>;

  constructor(name = JOURNAL_DATABASE_NAME, versions: readonly SchemaVersion[] = schemaVersions) {
    super(name);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
