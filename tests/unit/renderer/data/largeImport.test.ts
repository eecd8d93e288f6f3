import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeMonth, monthDays, type ProgressMonth } from '../../../../shared/progress/progressMonth';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createJournalDataRepository,
  IMPORT_WRITE_STEP,
} from '../../../../renderer/db/repositories/journalDataRepository';
import { SEARCH_REBUILD_FROM } from '../../../../renderer/db/repositories/importedReflections';
import { createBackupSnapshotRepository } from '../../../../renderer/db/repositories/backupSnapshotRepository';
import { SearchIndexCore } from '../../../../renderer/features/search/searchIndexCore';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { dana, generatedReflections } from './generatedReflections';
import { failStoreAdd } from './failStoreAdd';

// An import of many new reflections takes the bulk path: reflections (the list reads them through
// their own indexes) and Progress facts written together in large steps, and one request to rebuild
// search instead of a change each.
let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('large-import'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshJournal(db);
});

/** `count` complete reflections, one a day from 2025-01-01, each asking for its own numbered item. */
const reflections = (count: number): Reflection[] =>
  generatedReflections(count, {
    start: new Date(Date.UTC(2025, 0, 1, 8, 0, 0)),
    spacingMs: 86_400_000,
    timeZone: 'UTC',
    asked: (index) => `Figures for launch item${index + 1}`,
    outcome: (index) => (index % 2 === 0 ? 'achieved' : 'not-yet'),
  });

const importAll = (all: Reflection[]) =>
  createJournalDataRepository(journal).applyImport({
    reflections: { new: all, updated: [] },
    people: { new: [dana], updated: [] },
  });

const searchFor = async (core: SearchIndexCore, query: string) =>
  (await core.search({ query, filters: {}, limit: 50 })).ids;

describe('a large import', () => {
  it('writes every reflection, listed through its indexes, and its fact in its Progress month, and asks search for one rebuild', async () => {
    const all = reflections(SEARCH_REBUILD_FROM + 1);
    expect(await importAll(all)).toEqual({ reflections: all.length, people: 1, preparations: 0 });
    expect(await db.reflections.count()).toBe(all.length);
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(all.length);
    // The list's first page: the newest reflections, by the sortKey each was given.
    expect((await journal.reflections.newestRows(3)).map(({ id }) => id)).toEqual(
      all
        .slice(-3)
        .reverse()
        .map(({ id }) => id),
    );
    const months = await db.progressMonths.toArray();
    expect(months.reduce((sum, month) => sum + month.ids.length, 0)).toBe(all.length);
    expect(await db.searchChanges.toArray()).toEqual([
      { seq: expect.any(Number), reflectionId: '', kind: 'rebuild' },
    ]);
  }, 60_000);

  it('is found by search: by a search already running and by one started afterwards', async () => {
    // Dana is known to the running search already, so her reflections are not reindexed as hers.
    await journal.people.bulkImport([dana]);
    const running = new SearchIndexCore(db);
    await running.start();
    // A saved index from before the import: a search starting afterwards loads it, then rebuilds.
    expect(await running.persist()).toBe(true);
    const all = reflections(SEARCH_REBUILD_FROM + 1);
    await importAll(all);
    await running.sync();
    const first = all[0];
    const last = all[all.length - 1];
    // Fuzzy matching finds neighbours too (item1 also finds item10): each must be among them.
    expect(await searchFor(running, 'item1')).toContain(first?.id);
    expect(await searchFor(running, `item${all.length}`)).toContain(last?.id);
    expect(running.documentCount).toBe(all.length);

    const fresh = new SearchIndexCore(db);
    expect(await fresh.start()).toMatchObject({ documentCount: all.length });
    expect(await searchFor(fresh, `item${all.length}`)).toContain(last?.id);
  }, 60_000);

  it('keeps Progress months and their day rollups as a save of each reflection would, days shared across steps included', async () => {
    // Three reflections a day, so steps of IMPORT_WRITE_STEP (not a multiple of 3) share days.
    const all = reflections(IMPORT_WRITE_STEP * 2 + 1).map((reflection, index) => ({
      ...reflection,
      occurredAt: `2025-03-${String(1 + (Math.floor(index / 3) % 28)).padStart(2, '0')}T09:00`,
    }));
    await importAll(all);
    // Read back as what they say: typed arrays come back from the test database as another realm's.
    const contents = (month: ProgressMonth) => [month.month, decodeMonth(month), monthDays(month)];
    const imported = (await db.progressMonths.toArray()).map(contents);
    expect(imported.length).toBeGreaterThan(0);
    const { db: other, journal: saved } = await openFreshJournal('large-import-oracle');
    try {
      await saved.people.bulkImport([dana]);
      await saved.reflections.bulkImport(all);
      expect(imported).toEqual((await other.progressMonths.toArray()).map(contents));
    } finally {
      await deleteFreshJournal(other);
    }
  }, 60_000);

  it('keeps Progress months as saves would when importing into months the journal already has facts in', async () => {
    const all = reflections(IMPORT_WRITE_STEP * 3).map((reflection, index) => ({
      ...reflection,
      occurredAt: `2025-0${String(3 + (index % 3))}-${String(1 + (index % 28)).padStart(2, '0')}T09:00`,
    }));
    // A third already saved, spread over the same three months; the import brings the rest.
    const saved = all.filter((_, index) => index % 3 === 1 || index % 7 === 0);
    const added = all.filter((reflection) => !saved.includes(reflection));
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport(saved);
    await createJournalDataRepository(journal).applyImport({
      reflections: { new: added, updated: [] },
      people: { new: [], updated: [] },
    });
    const contents = (month: ProgressMonth) => [month.month, decodeMonth(month)];
    const imported = (await db.progressMonths.toArray()).map(contents);
    expect(imported).toHaveLength(3);
    const { db: other, journal: oracle } = await openFreshJournal('large-import-into-months-oracle');
    try {
      await oracle.people.bulkImport([dana]);
      await oracle.reflections.bulkImport(all);
      expect(imported).toEqual((await other.progressMonths.toArray()).map(contents));
    } finally {
      await deleteFreshJournal(other);
    }
  }, 60_000);

  it("restores a backup of more reflections than one step inside the restore's own transaction", async () => {
    const all = reflections(IMPORT_WRITE_STEP * 2 + 1);
    await createBackupSnapshotRepository(journal).applyRestore(
      { reflections: { new: all, updated: [] }, people: { new: [dana], updated: [] } },
      [],
    );
    expect(await db.reflections.count()).toBe(all.length);
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(all.length);
  }, 60_000);

  it('writes nothing when the database fails in its last step', async () => {
    const all = reflections(IMPORT_WRITE_STEP + 1);
    // The last reflection, alone in the last step.
    const add = failStoreAdd('reflections', IMPORT_WRITE_STEP + 1);
    await expect(importAll(all)).rejects.toThrow('The disk is full');
    expect(add).toHaveBeenCalledTimes(IMPORT_WRITE_STEP + 1);
    expect(await db.reflections.count()).toBe(0);
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(0);
    expect(await db.progressMonths.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
    expect(await db.searchChanges.count()).toBe(0);
  }, 60_000);

  it('writes nothing when a Progress month written midway fails', async () => {
    // One a day: the import leaves January in its first step, and that month's write fails.
    const all = reflections(IMPORT_WRITE_STEP * 2 + 1);
    vi.spyOn(db.progressMonths, 'bulkPut').mockImplementation((() =>
      Promise.reject(new Error('The disk is full'))) as never);
    await expect(importAll(all)).rejects.toThrow('The disk is full');
    expect(await db.reflections.count()).toBe(0);
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(0);
    expect(await db.progressMonths.count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  }, 60_000);

  it('refuses a reflection saved meanwhile in another window instead of writing over it', async () => {
    const all = reflections(3);
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport([all[1] as Reflection]);
    await expect(importAll(all)).rejects.toThrow();
    expect(await db.reflections.count()).toBe(1);
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(1);
  });
});
