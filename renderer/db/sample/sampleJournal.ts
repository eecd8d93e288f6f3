import Dexie from 'dexie';
import type { GeneratedJournal } from '../../../shared/domain/generateJournal';
import { createJournal, type Journal } from '../JournalContext';
import { JOURNAL_DATABASE_NAME, JournalDatabase } from '../JournalDatabase';
import { loadWriteSchemas } from '../repositories/writeSchemas';

/**
 * The sample journal's own database. It is never the person's journal: nothing that reads or
 * writes the journal (backups, the Data page, reminders) is given this one.
 */
export const SAMPLE_DATABASE_NAME = 'influence-journal-sample';

if ((SAMPLE_DATABASE_NAME as string) === JOURNAL_DATABASE_NAME) {
  throw new Error('The sample journal must not share the journal’s database.');
}

export function openSampleJournal(name: string = SAMPLE_DATABASE_NAME): Journal {
  return createJournal(new JournalDatabase(name));
}

/**
 * Fills the sample when it holds nothing, in one transaction over every table: a failure leaves
 * it empty rather than half-written, and a second window filling at the same time finds it full.
 * `contents` is only called when there is something to fill.
 */
export async function fillSampleJournal(
  journal: Journal,
  contents: () => GeneratedJournal,
): Promise<'filled' | 'already-there'> {
  const { db } = journal;
  // The writes below check with the schemas inside the transaction, where nothing else may be awaited.
  await loadWriteSchemas();
  return db.transaction('rw', db.tables, async () => {
    const [reflections, people] = await Promise.all([db.reflections.count(), db.people.count()]);
    if (reflections > 0 || people > 0) return 'already-there' as const;
    const sample = contents();
    await journal.people.bulkImport(sample.people);
    await journal.reflections.bulkImport(sample.reflections);
    return 'filled' as const;
  });
}

/** Deletes the sample's database; the caller closes its own connections to it first. */
export async function deleteSampleJournal(name: string = SAMPLE_DATABASE_NAME): Promise<void> {
  if (name === JOURNAL_DATABASE_NAME) throw new Error('Refusing to delete the journal itself.');
  await Dexie.delete(name);
}
