import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { isEmptyImportPlan, planImport } from '../../../../shared/data/planImport';
import { createPerson, type Person } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  createJournalDataRepository,
  JOURNAL_ID_KEY,
  JournalIdUnreadableError,
  type ImportWrites,
} from '../../../../renderer/db/repositories/journalDataRepository';
import { uniqueDatabaseName } from '../db/migrationHarness';

const databases: JournalDatabase[] = [];
let journal: Journal;
const clock = () => new Date('2026-12-06T09:00:00Z');

async function openJournal(name: string): Promise<Journal> {
  const db = new JournalDatabase(name);
  databases.push(db);
  await db.open();
  return createJournal(db, clock);
}

beforeEach(async () => {
  journal = await openJournal(uniqueDatabaseName('data'));
});

afterEach(async () => {
  const names = new Set(databases.map((db) => db.name));
  for (const db of databases.splice(0)) db.close();
  for (const name of names) await Dexie.delete(name);
});

const dana = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' });
const lee = createPerson({ now: new Date('2026-01-06T09:00:00Z'), name: 'Lee Park' });

function reflection(iso: string, people: readonly Person[], overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/London' }),
    status: 'complete',
    personIds: people.map(({ id }) => id),
    asked: `Asked on ${iso}`,
    ...overrides,
  };
}

function plan(reflections: Reflection[], people: Person[]): ImportWrites {
  return { reflections: { new: reflections, updated: [] }, people: { new: people, updated: [] } };
}

async function tableCounts(target: Journal) {
  const { db } = target;
  return {
    reflections: await db.reflections.count(),
    // What the journal list finds: reflections through the store's sortKey index.
    listed: await db.reflections.where('sortKey').above(-Infinity).count(),
    people: await db.people.count(),
    searchChanges: await db.searchChanges.count(),
  };
}

describe('journal data repository: the journal id', () => {
  it('creates the id once and gives the same one back afterwards, also after reopening', async () => {
    const data = createJournalDataRepository(journal);
    const first = await data.journalId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(await data.journalId()).toBe(first);

    const reopened = await openJournal(journal.db.name);
    expect(await createJournalDataRepository(reopened).journalId()).toBe(first);
  });

  it('gives two tabs asking at the same moment one id between them', async () => {
    const otherTab = await openJournal(journal.db.name);
    const ids = await Promise.all([
      createJournalDataRepository(journal).journalId(),
      createJournalDataRepository(otherTab).journalId(),
      createJournalDataRepository(journal).journalId(),
    ]);
    expect(new Set(ids).size).toBe(1);
    expect(await journal.db.meta.where('key').equals(JOURNAL_ID_KEY).count()).toBe(1);
  });

  it('never replaces an unreadable stored id', async () => {
    await journal.db.meta.put({ key: JOURNAL_ID_KEY, value: 42 });
    await expect(createJournalDataRepository(journal).journalId()).rejects.toBeInstanceOf(
      JournalIdUnreadableError,
    );
    expect((await journal.db.meta.get(JOURNAL_ID_KEY))?.value).toBe(42);
  });
});

describe('journal data repository: reading the journal', () => {
  it('reads every reflection outside the Trash, every person and the principle settings', async () => {
    const kept = reflection('2026-03-01T10:00:00Z', [dana]);
    const trashed = reflection('2026-03-02T10:00:00Z', [lee], { deletedAt: '2026-03-03T10:00:00.000Z' });
    await journal.people.bulkImport([dana, lee]);
    await journal.reflections.bulkImport([kept, trashed]);
    await journal.principleSettings.add({ title: 'Listen first', description: 'Hear them out.' });

    const snapshot = await createJournalDataRepository(journal).readSnapshot();
    expect(snapshot.reflections.map(({ id }) => id)).toEqual([kept.id]);
    expect(snapshot.people.map(({ name }) => name).sort()).toEqual(['Dana Fox', 'Lee Park']);
    expect(snapshot.people[0]).not.toHaveProperty('nameKey');
    expect(snapshot.principleSettings).toEqual([
      expect.objectContaining({ kind: 'custom', title: 'Listen first' }),
    ]);

    // The Trash counts when an import is compared with the journal.
    const existing = await createJournalDataRepository(journal).existingIndex();
    expect([...existing.reflections.keys()].sort()).toEqual([kept.id, trashed.id].sort());
    expect(existing.reflections.get(kept.id)?.updatedAt).toBe(kept.updatedAt);
    expect(existing.people.get(dana.id)).toEqual({ updatedAt: dana.updatedAt });
    expect(existing.peopleByNameKey.get('dana fox')).toEqual({ id: dana.id });
    expect(existing.principleSettings).toHaveLength(1);
  });
});

describe('journal data repository: applying an import', () => {
  it('writes people and reflections, which the list then reads, with their search changes', async () => {
    const data = createJournalDataRepository(journal);
    const imported = reflection('2026-03-01T10:00:00Z', [dana]);
    const written = await data.applyImport(plan([imported], [dana]));
    expect(written).toEqual({ reflections: 1, people: 1, preparations: 0 });
    expect(await tableCounts(journal)).toEqual({ reflections: 1, listed: 1, people: 1, searchChanges: 1 });
    expect((await journal.reflections.newestRows(10)).map(({ id }) => id)).toEqual([imported.id]);
    expect((await journal.reflections.rowsForPerson(dana.id)).map(({ id }) => id)).toEqual([imported.id]);
    expect(await journal.people.get(dana.id)).toEqual(dana);
  });

  it('writes nothing when a reflection is invalid, not even the people before it', async () => {
    const data = createJournalDataRepository(journal);
    const bad = { ...reflection('2026-03-01T10:00:00Z', [dana]), asked: '' };
    await expect(data.applyImport(plan([bad], [dana, lee]))).rejects.toThrow(/What did you ask for/);
    expect(await tableCounts(journal)).toEqual({ reflections: 0, listed: 0, people: 0, searchChanges: 0 });
  });

  it('writes nothing when the database fails midway through the reflections', async () => {
    const existing = reflection('2026-02-01T10:00:00Z', [dana]);
    await journal.people.bulkImport([dana]);
    await journal.reflections.bulkImport([existing]);
    const before = await tableCounts(journal);

    // The updated reflection is written; then writing the new one fails.
    vi.spyOn(journal.db.reflections, 'bulkAdd').mockRejectedValueOnce(new Error('The disk is full'));
    const changed = { ...existing, asked: 'Changed by the import', updatedAt: '2026-12-01T10:00:00.000Z' };
    const incoming: ImportWrites = {
      reflections: { new: [reflection('2026-03-01T10:00:00Z', [lee])], updated: [changed] },
      people: { new: [lee], updated: [] },
    };
    await expect(createJournalDataRepository(journal).applyImport(incoming)).rejects.toThrow(
      'The disk is full',
    );

    expect(await tableCounts(journal)).toEqual(before);
    expect((await journal.reflections.get(existing.id))?.asked).toBe(existing.asked);
    expect(await journal.people.get(lee.id)).toBeUndefined();
  });

  it("adds the principles the file brings after the journal's own, in the same transaction", async () => {
    await journal.principleSettings.add({ title: 'Listen first', description: 'Hear them out.' });
    const imported = {
      kind: 'custom' as const,
      id: '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d',
      title: 'Ask twice',
      description: 'Check what they meant.',
      prompts: [],
      isHidden: false,
    };
    const data = createJournalDataRepository(journal);
    await data.applyImport({ ...plan([], []), principleSettings: { new: [imported] } });
    const titles = (await data.readSnapshot()).principleSettings.map((setting) =>
      setting.kind === 'custom' ? setting.title : setting.principleId,
    );
    expect(titles).toEqual(['Listen first', 'Ask twice']);

    // A bad reflection in the same import takes the principles back out with it.
    const another = { ...imported, id: '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6e', title: 'Third' };
    const bad = { ...reflection('2026-03-01T10:00:00Z', [dana]), asked: '' };
    await expect(
      data.applyImport({ ...plan([bad], [dana]), principleSettings: { new: [another] } }),
    ).rejects.toThrow();
    expect((await data.readSnapshot()).principleSettings).toHaveLength(2);
  });

  it('changes nothing when the same file is planned and imported a second time', async () => {
    const data = createJournalDataRepository(journal);
    const file: JournalSnapshot = {
      people: [dana],
      principleSettings: [],
      reflections: [reflection('2026-03-01T10:00:00Z', [dana])],
      preparations: [],
      reminders: [],
    };
    await data.applyImport(planImport(file, await data.existingIndex()));
    const once = await data.readSnapshot();
    const counts = await tableCounts(journal);

    const again = planImport(file, await data.existingIndex());
    expect(isEmptyImportPlan(again)).toBe(true);
    expect(again.reflections.unchanged).toBe(1);
    await data.applyImport(again);
    expect(await data.readSnapshot()).toEqual(once);
    expect(await tableCounts(journal)).toEqual(counts);
  });
});
