import Dexie, { type Table } from 'dexie';
import type { Preparation } from '../../shared/domain/preparationSchema';
import type { Reflection } from '../../shared/domain/reflectionSchema';
import type { ProgressMonth } from '../../shared/progress/progressMonth';
import type { CoachFeedbackRecord, PersonRecord, SearchChangeRecord, SearchIndexRecord } from './records';
import { reflectionSortKeyMiddleware } from './reflectionSortKey';
import { schemaVersions, type SchemaVersion } from './schemaVersions';

export const JOURNAL_DATABASE_NAME = 'influence-journal';

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The journal was upgraded by a newer build. IndexedDB refuses to open it at an older version,
 * but Dexie then opens it at whatever version it has, and this build would read and write data
 * laid out by a schema it does not know. Named like IndexedDB's own refusal, which it stands for.
 */
export class NewerJournalVersionError extends Error {
  override name = 'VersionError';
}

/**
 * IndexedDB as Dexie sees it, except that opening without a version fails. Dexie does that only
 * after IndexedDB refused the version this build asked for, because the journal is newer: it
 * would then open the journal as it is, and even patch its schema to match this build's. Failing
 * here leaves a newer journal exactly as it was, in the page and in the search worker alike.
 */
function refusingNewerJournals(
  factory: IDBFactory,
  onUpgradeStart: (oldVersion: number) => void,
): IDBFactory {
  return {
    open: (name: string, version?: number) => {
      if (version === undefined) {
        throw new NewerJournalVersionError(`The journal "${name}" was upgraded by a newer build of the app.`);
      }
      const request = factory.open(name, version);
      // Dexie sets onupgradeneeded itself; a listener beside it tells the opener a migration runs.
      request.addEventListener('upgradeneeded', (event) => onUpgradeStart(event.oldVersion));
      return request;
    },
    deleteDatabase: (name: string) => factory.deleteDatabase(name),
    cmp: (first: unknown, second: unknown) => factory.cmp(first, second),
    databases: () => factory.databases(),
  };
}

export const JOURNAL_TRANSACTION_DURABILITY = 'strict';

export interface JournalDatabaseSignals {
  /** IndexedDB started migrating the journal to this build's version. */
  /** With the version it starts from (0: the journal is being created). */
  onUpgradeStart?: (oldVersion: number) => void;
}

/** The one Dexie database. Only repositories in renderer/db (and the search worker) query it. */
export class JournalDatabase extends Dexie {
  meta!: Table<MetaRow, string>;
  /** Indexed by sortKey, deletedAt and personIds for the journal list (see reflectionSortKey.ts). */
  reflections!: Table<Reflection, string>;
  people!: Table<PersonRecord, string>;
  searchChanges!: Table<SearchChangeRecord, number>;
  searchIndex!: Table<SearchIndexRecord, string>;
  progressMonths!: Table<ProgressMonth, string>;
  coachFeedback!: Table<CoachFeedbackRecord, string>;
  preparations!: Table<Preparation, string>;

  constructor(
    name = JOURNAL_DATABASE_NAME,
    versions: readonly SchemaVersion[] = schemaVersions,
    { onUpgradeStart = () => undefined }: JournalDatabaseSignals = {},
  ) {
    super(name, {
      // Every read-write transaction waits for the disk before it reports done, so a power cut
      // after "Saved" cannot take a save, a completed reflection, a deletion or an import back.
      // Dexie 4.4 sets durability for the whole database only, not per transaction.
      chromeTransactionDurability: JOURNAL_TRANSACTION_DURABILITY,
      ...(typeof indexedDB === 'undefined'
        ? {}
        : { indexedDB: refusingNewerJournals(indexedDB, onUpgradeStart) }),
    });
    this.use(reflectionSortKeyMiddleware);
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}
