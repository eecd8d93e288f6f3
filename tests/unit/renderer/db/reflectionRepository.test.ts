import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { ReflectionValidationError } from '../../../../renderer/db/repositories/reflectionRepository';
import { sortKeyOf } from '../../../../renderer/db/repositories/toListRowRecord';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

let db: JournalDatabase;
let journal: Journal;
let clock = new Date('2026-03-10T09:00:00Z');

beforeEach(async () => {
  clock = new Date('2026-03-10T09:00:00Z');
  ({ db, journal } = await openFreshJournal('repo', () => clock));
});

afterEach(() => deleteFreshJournal(db));

function draftAt(iso: string, asked = 'Numbers for the launch'): Reflection {
  const draft = createDraftReflection({ now: new Date(iso), timeZone: 'Europe/Berlin' });
  return { ...draft, asked };
}

describe('reflection repository', () => {
  it('saves a draft with its list row and a search change in one go', async () => {
    const draft = draftAt('2026-03-09T10:00:00Z');
    await journal.reflections.saveDraft(draft);
    expect((await journal.reflections.get(draft.id))?.asked).toBe('Numbers for the launch');
    const [row] = await journal.reflections.newestRows(10);
    expect(row).toMatchObject({ id: draft.id, status: 'draft', askedPreview: 'Numbers for the launch' });
    expect(await db.searchChanges.count()).toBe(1);
  });

  it('keeps the list in step with every save: text it does not show leaves the row as it was, a new date moves it', async () => {
    const draft = await journal.reflections.saveDraft(draftAt('2026-03-09T10:00:00Z'));
    const later = await journal.reflections.saveDraft(draftAt('2026-03-05T10:00:00Z', 'Later on the list'));
    const [before] = await journal.reflections.newestRows(1);
    expect(before).toMatchObject({ id: draft.id, sortKey: sortKeyOf(draft) });

    const learned = await journal.reflections.saveDraft({ ...draft, learned: 'Lead with their numbers.' });
    expect((await journal.reflections.get(draft.id))?.learned).toBe('Lead with their numbers.');
    expect(await db.searchChanges.count()).toBe(3);
    expect((await journal.reflections.newestRows(1))[0]).toEqual(before);

    const retitled = await journal.reflections.saveDraft({
      ...learned,
      asked: 'The launch numbers, a week early',
      starred: true,
    });
    const [row] = await journal.reflections.newestRows(1);
    expect(row).toMatchObject({
      id: draft.id,
      askedPreview: 'The launch numbers, a week early',
      starred: true,
      sortKey: before?.sortKey,
    });

    // Moved to an earlier day, it is found at its new instant only, below the other one.
    const moved = await journal.reflections.saveDraft({ ...retitled, occurredAt: '2026-03-01T09:00' });
    expect(await db.reflections.where('sortKey').equals(sortKeyOf(moved)).primaryKeys()).toEqual([draft.id]);
    expect(await db.reflections.where('sortKey').equals(sortKeyOf(draft)).count()).toBe(0);
    expect((await journal.reflections.newestRows(10)).map((each) => [each.id, each.sortKey])).toEqual([
      [later.id, sortKeyOf(later)],
      [draft.id, Date.parse('2026-03-01T08:00:00Z')],
    ]);
  });

  it('refuses to complete a reflection without a person and names the problem, writing nothing', async () => {
    const draft = draftAt('2026-03-09T10:00:00Z');
    await expect(journal.reflections.complete(draft)).rejects.toBeInstanceOf(ReflectionValidationError);
    await expect(journal.reflections.complete(draft)).rejects.toThrow(/Add at least one person/);
    expect(await db.reflections.count()).toBe(0);
  });

  it('completes a valid reflection', async () => {
    const person = await journal.people.add('Dana Fox');
    const saved = await journal.reflections.complete({
      ...draftAt('2026-03-09T10:00:00Z'),
      personIds: [person.id],
    });
    expect(saved.status).toBe('complete');
    expect((await journal.reflections.newestRows(1))[0]?.status).toBe('complete');
  });

  it('lists newest first by when the conversation happened, a bounded page at a time', async () => {
    const older = draftAt('2026-01-01T10:00:00Z', 'older');
    const newer = draftAt('2026-02-01T10:00:00Z', 'newer');
    const newest = draftAt('2026-03-01T10:00:00Z', 'newest');
    for (const r of [newer, older, newest]) await journal.reflections.saveDraft(r);
    const firstPage = await journal.reflections.newestRows(2);
    expect(firstPage.map((r) => r.askedPreview)).toEqual(['newest', 'newer']);
    const next = await journal.reflections.newestRows(2, firstPage[1]?.sortKey);
    expect(next.map((r) => r.askedPreview)).toEqual(['older']);
  });

  it('moves to the Trash, restores, and purges only what is older than 30 days', async () => {
    const a = draftAt('2026-01-01T10:00:00Z', 'a');
    const b = draftAt('2026-01-02T10:00:00Z', 'b');
    const c = await journal.reflections.saveDraft(draftAt('2026-01-03T10:00:00Z', 'c'));
    await journal.reflections.saveDraft(a);
    await journal.reflections.saveDraft(b);
    // The first start of this version never purges; it remembers the version.
    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(0);
    await journal.reflections.moveToTrash(a.id);
    expect((await journal.reflections.newestRows(10)).map((r) => r.id)).toEqual([c.id, b.id]);
    expect((await journal.reflections.trash()).map((r) => r.id)).toEqual([a.id]);

    await journal.reflections.restore(a.id);
    expect(await journal.reflections.trash()).toEqual([]);
    expect(await journal.reflections.countActive()).toBe(3);

    await journal.reflections.moveToTrash(a.id);
    clock = new Date(clock.getTime() + 29 * 86_400_000);
    await journal.reflections.moveToTrash(b.id);
    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(0);
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    // A save today tells the clean-up the clock has not jumped.
    await journal.reflections.saveDraft({ ...c, learned: 'Ask earlier' });
    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(1);
    expect(await journal.reflections.get(a.id)).toBeUndefined();
    expect(await journal.reflections.get(b.id)).toBeDefined();
  });

  it('imports all or nothing', async () => {
    const good = draftAt('2026-01-01T10:00:00Z');
    const bad = { ...draftAt('2026-01-02T10:00:00Z'), asked: 'x'.repeat(20_001) };
    await expect(journal.reflections.bulkImport([good, bad])).rejects.toThrow(/20,000/);
    expect(await db.reflections.count()).toBe(0);
    expect(await journal.reflections.newestRows(10)).toEqual([]);
    expect(await journal.reflections.countActive()).toBe(0);
  });
});

describe('person repository', () => {
  it('finds people by the start of any word in their name', async () => {
    await journal.people.add('Dana Fox');
    await journal.people.add('Tom Baker');
    expect((await journal.people.search('fo')).map((p) => p.name)).toEqual(['Dana Fox']);
    expect((await journal.people.search('T')).map((p) => p.name)).toEqual(['Tom Baker']);
  });

  it('renames everywhere because reflections refer to the id', async () => {
    const dana = await journal.people.add('Dana Fox');
    await journal.reflections.saveDraft({ ...draftAt('2026-01-01T10:00:00Z'), personIds: [dana.id] });
    await journal.people.update({ ...dana, name: 'Dana Fox-Miller' });
    const [row] = await journal.reflections.rowsForPerson(dana.id);
    const names = await journal.people.byIds(row?.personIds ?? []);
    expect(names.get(dana.id)?.name).toBe('Dana Fox-Miller');
  });

  it('rejects an empty name with a message', async () => {
    await expect(journal.people.add('   ')).rejects.toThrow(/Name/);
  });
});
