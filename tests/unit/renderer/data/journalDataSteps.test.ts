import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createJournalDataRepository,
  JOURNAL_DATA_STEP,
} from '../../../../renderer/db/repositories/journalDataRepository';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { dana, launchReflections } from './generatedReflections';

// A large journal is read and imported in steps so the page stays responsive; these check that
// the steps still add up to the whole journal and to one transaction.
let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('data-steps'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshJournal(db);
});

const reflections = launchReflections;

describe('journal data in steps', () => {
  it('reads every reflection of a journal larger than one step, each once', async () => {
    const all = reflections(JOURNAL_DATA_STEP * 2 + 3);
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport(all);
    const snapshot = await createJournalDataRepository(journal).readSnapshot();
    expect(snapshot.reflections.map(({ id }) => id).sort()).toEqual(all.map(({ id }) => id).sort());
  });

  it('imports a journal larger than one step in one transaction: a bad reflection in the last step writes nothing', async () => {
    const all = reflections(JOURNAL_DATA_STEP + 1);
    const bad = { ...all.slice(-1)[0], asked: '' } as Reflection;
    const data = createJournalDataRepository(journal);
    await expect(
      data.applyImport({
        reflections: { new: [...all.slice(0, -1), bad], updated: [] },
        people: { new: [dana], updated: [] },
      }),
    ).rejects.toThrow();
    expect(await db.reflections.count()).toBe(0);
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(0);
    expect(await db.people.count()).toBe(0);
  });

  it('imports every reflection of a journal larger than one step', async () => {
    const all = reflections(JOURNAL_DATA_STEP + 1);
    const written = await createJournalDataRepository(journal).applyImport({
      reflections: { new: all, updated: [] },
      people: { new: [dana], updated: [] },
    });
    expect(written).toEqual({ reflections: JOURNAL_DATA_STEP + 1, people: 1, preparations: 0 });
    expect(await db.reflections.count()).toBe(JOURNAL_DATA_STEP + 1);
    // Each one listed: found through the sortKey index the journal list reads.
    expect(await db.reflections.where('sortKey').above(-Infinity).count()).toBe(JOURNAL_DATA_STEP + 1);
    expect(await journal.reflections.countActive()).toBe(JOURNAL_DATA_STEP + 1);
  });
});
