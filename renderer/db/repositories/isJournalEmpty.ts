import type { JournalDatabase } from '../JournalDatabase';

/** True when the journal holds no reflection and no person: nothing to lose by restoring or by a welcome. */
export async function isJournalEmpty(db: JournalDatabase): Promise<boolean> {
  const [reflections, people] = await Promise.all([db.reflections.count(), db.people.count()]);
  return reflections === 0 && people === 0;
}
