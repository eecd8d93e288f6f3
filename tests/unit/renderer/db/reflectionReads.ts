import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { uniqueDatabaseName } from './migrationHarness';
import { reflectionsTableMiddleware } from './reflectionsTableMiddleware';

/** What a database not opened yet will have read of the reflections store, counted as it goes. */
export interface ReflectionReads {
  /** Reflections returned whole by queries (key-only queries return none). */
  whole: number;
  /** Cursors opened: a filter walks one, reading each reflection in turn. */
  cursors: number;
}

/**
 * Counts what `db` reads of its reflections from here on, through a DBCore middleware added before
 * it opens: a test can then say that a read stayed within an index or keys.
 */
export function countReflectionReads(db: JournalDatabase): ReflectionReads {
  const reads: ReflectionReads = { whole: 0, cursors: 0 };
  db.use(
    reflectionsTableMiddleware('count-reflection-reads', (table) => ({
      ...table,
      async query(request) {
        const response = await table.query(request);
        if (request.values) reads.whole += response.result.length;
        return response;
      },
      openCursor(request) {
        reads.cursors += 1;
        return table.openCursor(request);
      },
    })),
  );
  return reads;
}

/**
 * A fresh journal holding `reflections`, counting what it reads of them once they are written.
 * Close it with deleteFreshJournal.
 */
export async function openCountingJournal(
  label: string,
  reflections: readonly Reflection[],
): Promise<{ db: JournalDatabase; reads: ReflectionReads }> {
  const db = new JournalDatabase(uniqueDatabaseName(label));
  const reads = countReflectionReads(db);
  await db.open();
  await db.reflections.bulkPut([...reflections]);
  Object.assign(reads, { whole: 0, cursors: 0 });
  return { db, reads };
}
