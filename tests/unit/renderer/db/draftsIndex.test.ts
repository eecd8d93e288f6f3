import { afterEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { expectOneStoreLayout, upgradeFrom } from './migrationHarness';
import { openCountingJournal } from './reflectionReads';
import { deleteFreshJournal } from './testJournalDatabase';

const at = (hour: number, overrides: Partial<Reflection> = {}): Reflection => ({
  ...createDraftReflection({ now: new Date(Date.UTC(2026, 1, 1, hour)), timeZone: 'Europe/Berlin' }),
  asked: `Asked at ${hour}:00`,
  ...overrides,
});

const olderDraft = at(1);
const newerDraft = at(5);
const trashedDraft = at(6, { deletedAt: '2026-02-02T10:00:00.000Z' });
const finished = Array.from({ length: 200 }, (_, hour) => at(7 + hour, { status: 'complete' }));
const all = [olderDraft, newerDraft, trashedDraft, ...finished];

let opened: JournalDatabase | null = null;
afterEach(async () => {
  if (opened !== null) await deleteFreshJournal(opened);
  opened = null;
});

describe('the Drafts list', () => {
  it('reads the unfinished drafts outside the Trash and no other reflection, newest first', async () => {
    const { db, reads } = await openCountingJournal('drafts-index', all);
    opened = db;

    const rows = await createJournal(db).reflections.newestDraftRows(50);

    expect(rows.map((row) => row.id)).toEqual([newerDraft.id, olderDraft.id]);
    expect(reads).toEqual({ whole: 2, cursors: 0 });
  });

  it('finds the drafts of a version 10 journal once it is opened, the Trash and finished ones left out', async () => {
    await upgradeFrom(
      10,
      async (db) => {
        await db.reflections.bulkPut(all);
      },
      async (db) => {
        expectOneStoreLayout(db);
        const journal = createJournal(db, () => new Date('2026-03-01T10:00:00Z'));
        expect((await journal.reflections.newestDraftRows(50)).map((row) => row.id)).toEqual([
          newerDraft.id,
          olderDraft.id,
        ]);
        // A page further on starts below the last row's sortKey, as the list asks for it.
        const [first] = await journal.reflections.newestDraftRows(1);
        expect(first?.id).toBe(newerDraft.id);
        expect(
          (await journal.reflections.newestDraftRows(1, first?.sortKey ?? 0)).map((row) => row.id),
        ).toEqual([olderDraft.id]);
        // Every reflection is as it was.
        expect(await db.reflections.count()).toBe(all.length);
        expect(await db.reflections.get(trashedDraft.id)).toEqual(trashedDraft);
      },
    );
  });
});
