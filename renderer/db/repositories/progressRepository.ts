import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { toProgressFact } from '../../../shared/progress/progressFact';
import type { JournalDatabase } from '../JournalDatabase';
import type { ProgressFactRecord } from '../records';

/**
 * Keeps the fact for one reflection in step with it. Called by the reflection repository inside
 * its own write transaction, so a reflection and its fact are saved, or fail, together.
 */
export function syncProgressFact(db: JournalDatabase, reflection: Reflection): Promise<unknown> {
  const fact = toProgressFact(reflection);
  return fact === null ? db.progressFacts.delete(reflection.id) : db.progressFacts.put(fact);
}

/** The same for many reflections at once (an import), in the caller's transaction. */
export function syncProgressFacts(db: JournalDatabase, reflections: readonly Reflection[]): Promise<unknown> {
  const facts: ProgressFactRecord[] = [];
  const gone: string[] = [];
  for (const reflection of reflections) {
    const fact = toProgressFact(reflection);
    if (fact === null) gone.push(reflection.id);
    else facts.push(fact);
  }
  return Promise.all([db.progressFacts.bulkPut(facts), db.progressFacts.bulkDelete(gone)]);
}

/** Removes the facts of reflections deleted for good, in the caller's transaction. */
export function deleteProgressFacts(db: JournalDatabase, ids: readonly string[]): Promise<void> {
  return db.progressFacts.bulkDelete([...ids]);
}

/** What the Progress page reads: facts only, never the reflections themselves. */
export function createProgressRepository(db: JournalDatabase) {
  return {
    /** Facts whose day is within [fromDay, toDay], both inclusive; a null fromDay means from the start. */
    async factsBetween(fromDay: string | null, toDay: string): Promise<ProgressFactRecord[]> {
      if (fromDay === null) {
        // From the start, the whole table is read by its primary key and the few facts after
        // toDay dropped here. Read through the day index, a live query would also record every
        // fact's key to know which writes concern it: at 50,000 facts, longer than the reading.
        const facts = await db.progressFacts.toArray();
        return facts.filter((fact) => fact.day <= toDay);
      }
      return db.progressFacts.where('day').between(fromDay, toDay, true, true).toArray();
    },

    /** The first day anything was recorded, or null for a journal with no complete reflections. */
    async firstDay(): Promise<string | null> {
      const first = await db.progressFacts.orderBy('day').first();
      return first?.day ?? null;
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
