import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { decodeMonth } from '../../../../shared/progress/progressMonth';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';

let db: JournalDatabase;
let journal: Journal;

beforeEach(async () => {
  ({ db, journal } = await openFreshJournal(
    'progress-month-on-save',
    () => new Date('2026-03-10T09:00:00Z'),
  ));
});

afterEach(() => deleteFreshJournal(db));

async function aReflection(personId: string): Promise<Reflection> {
  return {
    ...createDraftReflection({ now: new Date('2026-03-09T15:00:00Z'), timeZone: 'Europe/London' }),
    personIds: [personId],
    asked: 'The launch dates from product',
    outcome: 'partly-achieved',
    principles: {
      'empowered-adults': { applied: true, rating: 3, notes: '', checks: {} },
    },
  };
}

/** The ratings the March month holds for the reflection, as Progress reads them back. */
async function marchRatings(id: string): Promise<(number | null)[]> {
  const month = await db.progressMonths.get('2026-03');
  if (month === undefined) throw new Error('March has no month record');
  const fact = decodeMonth(month).find((candidate) => candidate.id === id);
  if (fact === undefined) throw new Error(`March holds no fact for ${id}`);
  return Object.values(fact.principles).map((principle) => principle.rating);
}

describe('a save and its Progress month', () => {
  it('leaves the month unread and unwritten when only words changed', async () => {
    const dana = await journal.people.add('Dana');
    const saved = await journal.reflections.complete(await aReflection(dana.id));
    const read = vi.spyOn(db.progressMonths, 'bulkGet');
    const written = vi.spyOn(db.progressMonths, 'bulkPut');

    const edited = await journal.reflections.saveDraft({
      ...saved,
      learned: 'Ask for the data, not the decision',
    });

    expect(edited.status).toBe('complete');
    expect((await journal.reflections.get(saved.id))?.learned).toBe('Ask for the data, not the decision');
    expect(read).not.toHaveBeenCalled();
    expect(written).not.toHaveBeenCalled();
    expect(await marchRatings(saved.id)).toEqual([3]);
  });

  it('rewrites the month when a rating changed', async () => {
    const dana = await journal.people.add('Dana');
    const saved = await journal.reflections.complete(await aReflection(dana.id));
    const written = vi.spyOn(db.progressMonths, 'bulkPut');

    await journal.reflections.saveDraft({
      ...saved,
      principles: { 'empowered-adults': { applied: true, rating: 5, notes: '', checks: {} } },
    });

    expect(written).toHaveBeenCalledTimes(1);
    expect(await marchRatings(saved.id)).toEqual([5]);
  });

  it('leaves the months alone while a draft without a date is typed', async () => {
    const read = vi.spyOn(db.progressMonths, 'bulkGet');
    const draft = await journal.reflections.saveDraft({
      ...createDraftReflection({ now: new Date('2026-03-10T09:00:00Z'), timeZone: 'Europe/London' }),
      occurredAt: null,
    });
    await journal.reflections.saveDraft({ ...draft, context: 'Met Sam about the budget' });

    expect(read).not.toHaveBeenCalled();
    expect(await db.progressMonths.count()).toBe(0);
  });
});
