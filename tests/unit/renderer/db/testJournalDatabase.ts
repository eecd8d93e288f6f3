import Dexie from 'dexie';
import { createJournal, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { uniqueDatabaseName } from './migrationHarness';

export interface OpenedTestJournal {
  db: JournalDatabase;
  journal: Journal;
}

/**
 * A fresh journal on fake-indexeddb under its own name, so tests never see each other's data.
 * `now` is the repositories' clock; pass a closure over a variable to move time within a test.
 */
export async function openFreshJournal(label: string, now?: () => Date): Promise<OpenedTestJournal> {
  const db = new JournalDatabase(uniqueDatabaseName(label));
  await db.open();
  return { db, journal: createJournal(db, now) };
}

/** Closes the test journal and deletes its database. */
export async function deleteFreshJournal(db: JournalDatabase): Promise<void> {
  db.close();
  await Dexie.delete(db.name);
}
