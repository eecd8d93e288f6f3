import Dexie from 'dexie';
import type { Person } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { uniqueDatabaseName } from '../db/migrationHarness';

export interface TestJournal {
  db: JournalDatabase;
  journal: Journal;
  priya: Person;
  marcus: Person;
  close: () => Promise<void>;
}

/** A real journal on fake-indexeddb, written through the repositories as the app writes it. */
export async function openTestJournal(): Promise<TestJournal> {
  const db = new JournalDatabase(uniqueDatabaseName('search'));
  await db.open();
  const journal = createJournal(db, () => new Date('2026-03-20T10:00:00Z'));
  const priya = await journal.people.add('Priya Raman');
  const marcus = await journal.people.add('Marcus Okafor');
  return {
    db,
    journal,
    priya,
    marcus,
    close: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}

let sequence = 0;

/** A complete reflection on the given day; ids follow creation order like the app's. */
export function reflectionOn(day: string, fields: Partial<Reflection>): Reflection {
  sequence += 1;
  const draft = createDraftReflection({
    now: new Date(`${day}T09:00:00.000Z`),
    timeZone: 'UTC',
    id: `019ce0a2-5d40-7000-8000-${String(sequence).padStart(12, '0')}`,
  });
  return { ...draft, status: 'complete', ...fields };
}

/** Three reflections with distinct words; the last one is in the Trash. */
export async function seedThree({ journal, priya, marcus }: TestJournal) {
  const budget = reflectionOn('2026-03-02', {
    personIds: [priya.id],
    asked: 'Asked for the quarterly budget numbers',
    outcome: 'achieved',
    starred: true,
    tags: ['Finance'],
  });
  const migration = reflectionOn('2026-03-05', {
    personIds: [marcus.id],
    asked: 'Negotiated a later deadline for the migration',
    learned: 'Budget talks go better with the numbers ready.',
    outcome: 'not-yet',
  });
  const trashed = reflectionOn('2026-03-07', {
    personIds: [priya.id],
    asked: 'Budget review that went nowhere',
    deletedAt: '2026-03-08T10:00:00.000Z',
  });
  await journal.reflections.bulkImport([budget, migration, trashed]);
  return { budget, migration, trashed };
}
