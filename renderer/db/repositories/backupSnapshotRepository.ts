import type { Person } from '../../../shared/domain/personSchema';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { PrincipleSetting } from '../../../shared/domain/principles';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { Journal } from '../JournalContext';
import type { PersonRecord } from '../records';
import { createJournalDataRepository, type ImportWrites } from './journalDataRepository';
import { isJournalEmpty } from './isJournalEmpty';
import { LAST_WRITE_AT_KEY } from './trashPurgeGuard';
import { loadWriteSchemas } from './writeSchemas';

export interface WholeJournal {
  readonly people: Person[];
  readonly principleSettings: PrincipleSetting[];
  /** The Trash included: a backup must give back what is in it too. */
  readonly reflections: Reflection[];
  /** The Trash included, as for reflections. */
  readonly preparations: Preparation[];
}

const fromPersonRecord = ({ nameKey: _nameKey, ...person }: PersonRecord): Person => person;

/**
 * The journal as a backup sees it: everything, the Trash included, as of one moment; when it was
 * last written; and a restore, written in one transaction over every table.
 */
export function createBackupSnapshotRepository(journal: Journal) {
  const { db } = journal;
  const data = createJournalDataRepository(journal);

  return {
    journalId: () => data.journalId(),
    existingIndex: () => data.existingIndex(),

    async readWholeJournal(): Promise<WholeJournal> {
      // The settings are checked inside the transaction, where nothing but Dexie may be awaited.
      await loadWriteSchemas();
      return db.transaction('r', [db.reflections, db.people, db.preparations, db.meta], async () => {
        const [reflections, people, preparations, principles] = await Promise.all([
          db.reflections.toArray(),
          db.people.toArray(),
          db.preparations.toArray(),
          journal.principleSettings.read(),
        ]);
        return {
          reflections,
          preparations,
          people: people.map(fromPersonRecord),
          principleSettings: [...principles.settings],
        };
      });
    },

    /** When a reflection was last saved, edited, moved or imported; null before the first. */
    async lastWriteAt(): Promise<string | null> {
      const row = await db.meta.get(LAST_WRITE_AT_KEY);
      return typeof row?.value === 'string' ? row.value : null;
    },

    /** True when the journal holds no reflection and no person: nothing to lose by restoring. */
    isEmpty: () => isJournalEmpty(db),

    /**
     * Ids of reflections outside the Trash: every key less those in the `deletedAt` index, read
     * by key alone in one transaction. A filter would read every reflection whole, one cursor
     * step each, to look at one field.
     */
    async activeReflectionIds(): Promise<Set<string>> {
      return db.transaction('r', db.reflections, async () => {
        const [all, trashed] = await Promise.all([
          db.reflections.toCollection().primaryKeys(),
          db.reflections.where('deletedAt').above('').primaryKeys(),
        ]);
        const active = new Set(all);
        for (const id of trashed) active.delete(id);
        return active;
      });
    },

    /**
     * Writes a restore: the backup's records through the import path, and the reflections the
     * backup does not hold moved to the Trash, all in one transaction, so a failure anywhere
     * leaves the journal as it was.
     */
    async applyRestore(writes: ImportWrites, toTrash: readonly string[]): Promise<void> {
      await db.transaction('rw', db.tables, async () => {
        await data.applyImport(writes);
        for (const id of toTrash) await journal.reflections.moveToTrash(id);
      });
    },
  };
}

export type BackupSnapshotRepository = ReturnType<typeof createBackupSnapshotRepository>;
