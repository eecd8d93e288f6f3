import type { ProgressFact } from '../../../shared/progress/progressFact';
import { decodeMonthKeeping, monthOf } from '../../../shared/progress/progressMonth';
import type { JournalDatabase } from '../JournalDatabase';

/** What a person's page charts: the progress facts of the reflections that name them, never the reflections. */
export function createPersonProgressRepository(db: JournalDatabase) {
  return {
    /**
     * One read transaction, so the rows and the months they point at are from the same moment.
     * The person's rows say which months hold their reflections' facts; only those months are read,
     * and only the facts of those reflections kept, in id order.
     */
    factsForPerson(personId: string): Promise<ProgressFact[]> {
      return db.transaction('r', db.reflections, db.progressMonths, async () => {
        const rows = await db.reflections.where('personIds').equals(personId).toArray();
        const ids = new Set<string>();
        const months = new Set<string>();
        for (const row of rows) {
          if (row.occurredAt === null) continue;
          ids.add(row.id);
          months.add(monthOf(row.occurredAt));
        }
        const stored = await db.progressMonths.bulkGet([...months].sort());
        return stored
          .flatMap((month) => (month === undefined ? [] : decodeMonthKeeping(month, (id) => ids.has(id))))
          .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      });
    },
  };
}

export type PersonProgressRepository = ReturnType<typeof createPersonProgressRepository>;
