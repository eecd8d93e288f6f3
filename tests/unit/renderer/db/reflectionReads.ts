import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';

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
  db.use({
    stack: 'dbcore',
    name: 'count-reflection-reads',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'reflections') return table;
        return {
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
        };
      },
    }),
  });
  return reads;
}
