import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Person } from '../../../../shared/domain/personSchema';
import { decodeMonth } from '../../../../shared/progress/progressMonth';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

let db: JournalDatabase;
let journal: Journal;
const clock = new Date('2026-03-10T09:00:00Z');

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal('people', () => clock));
});

afterEach(() => deleteFreshJournal(db));

/** A reflection's Progress fact as its month holds it (the month record is the one Progress store). */
async function storedFact(id: string) {
  const months = await db.progressMonths.toArray();
  return months.flatMap((month) => decodeMonth(month)).find((fact) => fact.id === id);
}

/** The reflections the personIds index finds for a person: what a person's list and counts read. */
async function indexedFor(personId: string): Promise<string[]> {
  return (await db.reflections.where('personIds').equals(personId).primaryKeys()).sort();
}

function reflectionAbout(
  people: readonly Person[],
  iso: string,
  overrides: Partial<Reflection> = {},
): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone: 'UTC' }),
    status: 'complete',
    personIds: people.map(({ id }) => id),
    asked: `Asked on ${iso}`,
    ...overrides,
  };
}

describe('finding people by name', () => {
  it('offers the person whose whole name was typed first, however it was typed', async () => {
    await journal.people.add('Daniel Okafor-Smith');
    const daniel = await journal.people.add('Daniel Okafor');
    expect((await journal.people.search('daniel  okafor'))[0]?.id).toBe(daniel.id);
    expect(await journal.people.search('Dániel')).toHaveLength(2);
    expect((await journal.people.findByName(' DANIEL okafor '))?.id).toBe(daniel.id);
    expect(await journal.people.findByName('Daniel')).toBeUndefined();
  });
});

describe('merging people', () => {
  it('moves every reflection, its place in their list, its progress fact and search to the person kept', async () => {
    const dan = await journal.people.add('Dan O', { role: 'Engineer', notes: 'Prefers mornings' });
    const daniel = await journal.people.add('Daniel Okafor', { notes: 'Leads platform' });
    const lee = await journal.people.add('Lee Park');
    const first = reflectionAbout([dan, lee], '2026-03-01T10:00:00Z');
    const both = reflectionAbout([dan, daniel], '2026-03-02T10:00:00Z');
    const trashed = {
      ...reflectionAbout([dan], '2026-03-03T10:00:00Z'),
      deletedAt: '2026-03-04T10:00:00.000Z',
    };
    await journal.reflections.bulkImport([first, both, trashed]);
    await db.searchChanges.clear();

    expect(await journal.people.reflectionCount(dan.id)).toBe(3);
    expect(await journal.people.merge(dan.id, daniel.id)).toBe(3);

    expect(await journal.people.get(dan.id)).toBeUndefined();
    expect(await journal.people.get(daniel.id)).toMatchObject({
      role: 'Engineer',
      notes: 'Leads platform\n\nPrefers mornings',
    });
    expect((await journal.reflections.get(first.id))?.personIds).toEqual([daniel.id, lee.id]);
    expect((await journal.reflections.get(both.id))?.personIds).toEqual([daniel.id]);
    expect((await journal.reflections.get(trashed.id))?.personIds).toEqual([daniel.id]);
    expect(await indexedFor(daniel.id)).toEqual([first.id, both.id, trashed.id].sort());
    expect(await indexedFor(lee.id)).toEqual([first.id]);
    expect(await indexedFor(dan.id)).toEqual([]);
    expect(
      (await journal.reflections.rowsForPerson(daniel.id)).map((row) => [row.id, row.personIds]),
    ).toEqual([
      [both.id, [daniel.id]],
      [first.id, [daniel.id, lee.id]],
    ]);
    expect(await journal.reflections.rowsForPerson(dan.id)).toEqual([]);
    expect((await storedFact(first.id))?.personIds).toEqual([daniel.id, lee.id]);
    expect((await db.searchChanges.toArray()).map(({ reflectionId }) => reflectionId).sort()).toEqual(
      [first.id, both.id, trashed.id].sort(),
    );
    // A window still holding the older copy is told instead of writing the old person back.
    expect((await journal.reflections.get(first.id))?.revision).toBeGreaterThan(first.revision);
    expect((await journal.people.overview(daniel.id, 10)).count).toBe(2);
  });

  it('changes nothing when any part of the merge fails', async () => {
    const dan = await journal.people.add('Dan O');
    const daniel = await journal.people.add('Daniel Okafor');
    const reflection = reflectionAbout([dan], '2026-03-01T10:00:00Z');
    await journal.reflections.bulkImport([reflection]);
    vi.spyOn(db.people, 'delete').mockRejectedValueOnce(new Error('disk full'));

    await expect(journal.people.merge(dan.id, daniel.id)).rejects.toThrow('disk full');

    expect(await journal.people.get(dan.id)).toBeDefined();
    expect((await journal.reflections.get(reflection.id))?.personIds).toEqual([dan.id]);
    expect(await indexedFor(dan.id)).toEqual([reflection.id]);
    expect(await indexedFor(daniel.id)).toEqual([]);
    expect((await storedFact(reflection.id))?.personIds).toEqual([dan.id]);
  });

  it('refuses to merge someone into themselves', async () => {
    const dan = await journal.people.add('Dan O');
    await expect(journal.people.merge(dan.id, dan.id)).rejects.toThrow('Choose someone else');
  });
});

describe('deleting a person', () => {
  it('keeps their reflections, every word and their status, without their name', async () => {
    const dana = await journal.people.add('Dana Fox');
    const lee = await journal.people.add('Lee Park');
    const reflection = reflectionAbout([dana, lee], '2026-03-01T10:00:00Z', { context: 'Budget week' });
    await journal.reflections.bulkImport([reflection]);

    expect(await journal.people.remove(dana.id)).toBe(1);

    expect(await journal.people.get(dana.id)).toBeUndefined();
    const kept = await journal.reflections.get(reflection.id);
    expect(kept).toMatchObject({ status: 'complete', asked: reflection.asked, context: 'Budget week' });
    expect(kept?.personIds).toEqual([lee.id]);
    expect(await indexedFor(dana.id)).toEqual([]);
    expect(await indexedFor(lee.id)).toEqual([reflection.id]);
    expect((await journal.reflections.rowsForPerson(lee.id)).map((row) => row.personIds)).toEqual([[lee.id]]);
    expect((await storedFact(reflection.id))?.personIds).toEqual([lee.id]);
  });

  it('refuses while a complete reflection would be left without anyone, and changes nothing', async () => {
    const dana = await journal.people.add('Dana Fox');
    const lee = await journal.people.add('Lee Park');
    const alone = reflectionAbout([dana], '2026-03-01T10:00:00Z');
    const trashedAlone = {
      ...reflectionAbout([dana], '2026-03-02T10:00:00Z'),
      deletedAt: '2026-03-03T10:00:00.000Z',
    };
    const shared = reflectionAbout([dana, lee], '2026-03-04T10:00:00Z');
    const draft = { ...reflectionAbout([dana], '2026-03-05T10:00:00Z'), status: 'draft' as const };
    await journal.reflections.bulkImport([alone, trashedAlone, shared, draft]);

    expect(await journal.people.soleCompleteCount(dana.id)).toBe(2);
    await expect(journal.people.remove(dana.id)).rejects.toThrow(
      'Dana Fox is the only person in 2 complete reflections',
    );

    expect(await journal.people.get(dana.id)).toBeDefined();
    expect((await journal.reflections.get(shared.id))?.personIds).toEqual([dana.id, lee.id]);
    expect((await journal.reflections.get(draft.id))?.personIds).toEqual([dana.id]);
  });

  it('changes nothing when any part of the delete fails', async () => {
    const dana = await journal.people.add('Dana Fox');
    const lee = await journal.people.add('Lee Park');
    const reflection = reflectionAbout([dana, lee], '2026-03-01T10:00:00Z');
    await journal.reflections.bulkImport([reflection]);
    vi.spyOn(db.people, 'delete').mockRejectedValueOnce(new Error('disk full'));

    await expect(journal.people.remove(dana.id)).rejects.toThrow('disk full');

    expect(await journal.people.get(dana.id)).toBeDefined();
    expect((await journal.reflections.get(reflection.id))?.personIds).toEqual([dana.id, lee.id]);
    expect(await indexedFor(dana.id)).toEqual([reflection.id]);
    expect(await indexedFor(lee.id)).toEqual([reflection.id]);
    expect((await storedFact(reflection.id))?.personIds).toEqual([dana.id, lee.id]);
  });
});

describe('a person on the People page', () => {
  it('counts complete reflections outside the Trash only', async () => {
    const dana = await journal.people.add('Dana Fox');
    await journal.reflections.bulkImport([
      reflectionAbout([dana], '2026-03-01T10:00:00Z', { outcome: 'achieved' }),
      reflectionAbout([dana], '2026-03-02T10:00:00Z', { status: 'draft', outcome: 'not-yet' }),
      { ...reflectionAbout([dana], '2026-03-03T10:00:00Z'), deletedAt: '2026-03-04T10:00:00.000Z' },
    ]);
    const overview = await journal.people.overview(dana.id, 10);
    expect(overview.count).toBe(1);
    expect(overview.recent.map(({ outcome }) => outcome)).toEqual(['achieved']);
  });

  it('takes the relationship chosen in a reflection when theirs is not set', async () => {
    const dana = await journal.people.add('Dana Fox');
    const lee = await journal.people.add('Lee Park', { relationship: 'manager' });
    const draft = { ...reflectionAbout([dana, lee], '2026-03-01T10:00:00Z'), status: 'draft' as const };
    await journal.reflections.saveDraft({ ...draft, relationship: 'peer' });
    expect((await journal.people.get(dana.id))?.relationship).toBe('peer');
    expect((await journal.people.get(lee.id))?.relationship).toBe('manager');
  });
});
