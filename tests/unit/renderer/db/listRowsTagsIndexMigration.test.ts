import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { ListRowRecord } from '../../../../renderer/db/records';
import { toListRowRecord } from '../../../../renderer/db/repositories/toListRowRecord';
import { expectOneStoreLayout, upgradeFrom } from './migrationHarness';

const DANA = '01890a5d-ac96-774b-bcce-b302099a8057';
const LEE = '01890a5d-ac96-774b-bcce-b302099a8058';

const reflection = (iso: string, overrides: Partial<Reflection> = {}): Reflection => ({
  ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/Berlin' }),
  personIds: [DANA],
  asked: `Asked on ${iso}`,
  tags: ['budget'],
  ...overrides,
});

const reflections: Reflection[] = [
  reflection('2026-01-05T09:00:00Z'),
  reflection('2026-01-06T15:00:00Z', { personIds: [DANA, LEE], tags: ['rota', 'budget'] }),
  reflection('2026-02-07T10:00:00Z', { personIds: [LEE], tags: [] }),
  reflection('2026-02-08T10:00:00Z', { deletedAt: '2026-02-09T10:00:00.000Z' }),
];
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
const rows = reflections.map(toListRowRecord);
const listRows = (db: JournalDatabase) => db.table<ListRowRecord, string>('listRows');

async function seed(db: JournalDatabase): Promise<void> {
  await db.reflections.bulkPut(reflections);
  await listRows(db).bulkPut(rows);
  await db.people.bulkPut([
    { id: DANA, name: 'Dana', nameKey: 'dana', role: '', team: '', relationship: null, notes: '' } as never,
    { id: LEE, name: 'Lee', nameKey: 'lee', role: '', team: '', relationship: null, notes: '' } as never,
  ]);
  // Version 8 wrote an index entry for each of a row's tags.
  expect(await listRows(db).where('tags').equals('budget').count()).toBe(3);
}

/** What the list showed from version 8's rows: newest first, the Trash left out. */
const newestRowsBefore = rows.filter((row) => row.deletedAt === null).sort((a, b) => b.sortKey - a.sortKey);

describe('schema version 9: the list rows without a tags index', () => {
  it('keeps every row of a version 8 journal at version 9, tags and all, with the tags index gone', async () => {
    await upgradeFrom(
      8,
      seed,
      async (db) => {
        expect(db.verno).toBe(9);
        expect(
          listRows(db)
            .schema.indexes.map((index) => index.name)
            .sort(),
        ).toEqual(['deletedAt', 'personIds', 'sortKey']);
        // The rows keep their tags: the list shows them.
        expect((await listRows(db).toArray()).sort(byId)).toEqual([...rows].sort(byId));
        expect(await db.reflections.count()).toBe(reflections.length);
      },
      9,
    );
  });

  it('opens a version 8 journal with the current code: the same list, people and Trash, no tags index anywhere', async () => {
    await upgradeFrom(8, seed, async (db) => {
      expectOneStoreLayout(db);
      expect((await db.reflections.toArray()).sort(byId)).toEqual([...reflections].sort(byId));

      const journal = createJournal(db, () => new Date('2026-03-01T10:00:00Z'));
      // The rows the list reads now are the rows version 8 stored, tags and all.
      const newest = await journal.reflections.newestRows(10);
      expect(newest).toEqual(newestRowsBefore);
      expect(newest.map((row) => [row.askedPreview, row.tags])).toEqual([
        ['Asked on 2026-02-07T10:00:00Z', []],
        ['Asked on 2026-01-06T15:00:00Z', ['rota', 'budget']],
        ['Asked on 2026-01-05T09:00:00Z', ['budget']],
      ]);
      expect(await journal.reflections.trash()).toEqual(rows.filter((row) => row.deletedAt !== null));
      expect((await journal.reflections.rowsForPerson(LEE)).map((row) => row.askedPreview)).toEqual([
        'Asked on 2026-02-07T10:00:00Z',
        'Asked on 2026-01-06T15:00:00Z',
      ]);
      expect(await journal.reflections.rowsForPerson(DANA)).toEqual(
        newestRowsBefore.filter((row) => row.personIds.includes(DANA)),
      );
      expect(await journal.reflections.countActive()).toBe(3);
      expect(await journal.people.reflectionCount(DANA)).toBe(3);
      expect(await journal.people.reflectionCount(LEE)).toBe(2);
    });
  });
});
