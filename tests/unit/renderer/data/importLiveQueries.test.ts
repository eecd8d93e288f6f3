import { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createJournalDataRepository,
  IMPORT_WRITE_STEP,
} from '../../../../renderer/db/repositories/journalDataRepository';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { dana, generatedReflections } from './generatedReflections';

// An import writes reflections in large steps of one transaction; the page's live queries (the
// journal list through the reflections' indexes, Progress, people) must learn of every record it wrote.
let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('import-live-queries'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshJournal(db);
});

/** The latest value a live query gave, kept up to date until `stop`. */
function watch<T>(query: () => Promise<T>) {
  const values: T[] = [];
  const subscription = liveQuery(query).subscribe({ next: (value) => values.push(value) });
  return { latest: () => values.at(-1), count: () => values.length, stop: () => subscription.unsubscribe() };
}

describe('an import and the live queries of the page', () => {
  it("tells live queries over reflections, the list (by the reflections' indexes) and people of everything it wrote", async () => {
    const all = generatedReflections(IMPORT_WRITE_STEP * 2 + 7, {
      start: new Date(Date.UTC(2025, 0, 1, 8, 0, 0)),
      spacingMs: 86_400_000,
      timeZone: 'UTC',
      asked: (index) => `Figures for item ${index + 1}`,
    });
    const last = all.at(-1);
    if (last === undefined) throw new Error('the generated journal is empty');
    const reflections = watch(() => db.reflections.count());
    // A query by index over only the last step's reflections: told even of rows no earlier step wrote.
    const lastRows = watch(() =>
      db.reflections.where('sortKey').above(Date.parse('2025-07-01')).primaryKeys(),
    );
    const rowsOfDana = watch(() => db.reflections.where('personIds').equals(dana.id).count());
    const people = watch(() => db.people.count());
    await vi.waitFor(() => {
      for (const query of [reflections, lastRows, rowsOfDana, people])
        expect(query.count()).toBeGreaterThan(0);
    });
    expect(reflections.latest()).toBe(0);

    await createJournalDataRepository(journal).applyImport(
      { reflections: { new: all, updated: [] }, people: { new: [dana], updated: [] } },
      { reflectionsChecked: true },
    );

    await vi.waitFor(() => {
      expect(reflections.latest()).toBe(all.length);
      expect(lastRows.latest()).toContain(last.id);
      expect(rowsOfDana.latest()).toBe(all.length);
      expect(people.latest()).toBe(1);
    });
    for (const query of [reflections, lastRows, rowsOfDana, people]) query.stop();
  });
});
