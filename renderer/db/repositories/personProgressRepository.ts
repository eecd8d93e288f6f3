import type { JournalDatabase } from '../JournalDatabase';
import type { ProgressFactRecord } from '../records';

/** What a person's page charts: the progress facts of the reflections that name them, never the reflections. */
export function createPersonProgressRepository(db: JournalDatabase) {
  return {
    /** One read transaction, so the rows and the facts they point at are from the same moment. */
    factsForPerson(personId: string): Promise<ProgressFactRecord[]> {
      return db.transaction('r', db.listRows, db.progressFacts, async () => {
        const ids = await db.listRows.where('personIds').equals(personId).primaryKeys();
        const facts = await db.progressFacts.bulkGet(ids);
        return facts.filter((fact) => fact !== undefined);
      });
    },
  };
}

export type PersonProgressRepository = ReturnType<typeof createPersonProgressRepository>;
