import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import type { Journal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  PreparationValidationError,
  StalePreparationError,
} from '../../../../renderer/db/repositories/preparationRepository';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

const TOM = '019ce0a2-5d40-7000-8000-000000000010';
const ANA = '019ce0a2-5d40-7000-8000-000000000011';

let db: JournalDatabase;
let journal: Journal;
let clock = new Date('2026-03-10T09:00:00Z');

beforeEach(async () => {
  clock = new Date('2026-03-10T09:00:00Z');
  ({ db, journal } = await openFreshJournal('preparations', () => clock));
});

afterEach(() => deleteFreshJournal(db));

function plan(overrides: Partial<Preparation> = {}): Preparation {
  return {
    ...createDraftPreparation({ now: clock, timeZone: 'Europe/London' }),
    personIds: [TOM],
    goal: 'A date for the launch',
    ...overrides,
  };
}

function reflectionOn(preparationId: string | null): Reflection {
  return {
    ...createDraftReflection({ now: clock, timeZone: 'Europe/London' }),
    personIds: [TOM],
    asked: 'A date for the launch',
    preparationId,
  };
}

describe('preparation writes', () => {
  it('autosaves a draft with a revision and refuses a write from an older copy, keeping the newer text', async () => {
    const first = await journal.preparations.saveDraft(plan({ goal: '' }));
    expect(first).toMatchObject({ revision: 1, status: 'draft' });
    const second = await journal.preparations.saveDraft({ ...first, opening: 'Thank them first' });
    expect(second.revision).toBe(2);

    const stale = journal.preparations.saveDraft({ ...first, opening: 'Typed in another window' });
    await expect(stale).rejects.toBeInstanceOf(StalePreparationError);
    const error = (await stale.catch((caught: unknown) => caught)) as StalePreparationError;
    expect(error.stored).toMatchObject({ revision: 2, opening: 'Thank them first' });
    expect(await journal.preparations.get(first.id)).toMatchObject({
      revision: 2,
      opening: 'Thank them first',
    });
  });

  it('marks ready only with a person and a goal, naming what is missing and writing nothing', async () => {
    const saved = await journal.preparations.saveDraft(plan({ personIds: [], goal: '  ' }));
    const refused = journal.preparations.markReady(saved);
    await expect(refused).rejects.toBeInstanceOf(PreparationValidationError);
    await expect(refused).rejects.toThrow(
      'Add the person the conversation is with; “What do you want from it?” is required',
    );
    expect(await journal.preparations.get(saved.id)).toEqual(saved);
    const ready = await journal.preparations.markReady({ ...saved, personIds: [TOM], goal: 'A date' });
    expect(ready).toMatchObject({ status: 'ready', revision: 2 });
  });

  it('keeps a ready plan ready through autosaves while it stays valid, and drops it to draft when not', async () => {
    const ready = await journal.preparations.markReady(plan());
    expect((await journal.preparations.saveDraft({ ...ready, opening: 'Hi' })).status).toBe('ready');
    const latest = await journal.preparations.get(ready.id);
    if (latest === undefined) throw new Error('The saved plan was not found');
    expect((await journal.preparations.saveDraft({ ...latest, goal: '' })).status).toBe('draft');
  });

  it('moves to the Trash and back', async () => {
    const saved = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    await journal.preparations.moveToTrash(saved.id);
    expect(await journal.preparations.waiting()).toEqual([]);
    expect((await journal.preparations.trash()).map((p) => p.id)).toEqual([saved.id]);
    await journal.preparations.restore(saved.id);
    expect((await journal.preparations.waiting()).map((p) => p.id)).toEqual([saved.id]);
  });
});

describe('waiting and coming up', () => {
  it('lists ready plans whose time has passed without a reflection as waiting, and later ones as coming up', async () => {
    // 09:00 UTC is 09:00 in London in March.
    const past = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:30' }));
    const earlier = await journal.preparations.markReady(plan({ plannedAt: '2026-03-09T15:00' }));
    const later = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T09:05' }));
    const draftPast = await journal.preparations.saveDraft(plan({ plannedAt: '2026-03-10T08:00', goal: '' }));
    // Another zone: 09:30 in New York is 13:30 UTC, still to come.
    const newYork = await journal.preparations.markReady(
      plan({ plannedAt: '2026-03-10T09:30', timeZone: 'America/New_York' }),
    );
    expect((await journal.preparations.waiting()).map((p) => p.id)).toEqual([earlier.id, past.id]);
    expect((await journal.preparations.upcoming()).map((p) => p.id)).toEqual([later.id, newYork.id]);
    expect(draftPast.status).toBe('draft');

    clock = new Date('2026-03-10T09:06:00Z');
    expect((await journal.preparations.waiting()).map((p) => p.id)).toEqual([earlier.id, past.id, later.id]);
  });

  it('lists plans that neither list shows (no time, or a draft past its time) as unfinished, newest first', async () => {
    const untimed = await journal.preparations.saveDraft(plan({ plannedAt: null, goal: '' }));
    clock = new Date('2026-03-10T09:01:00Z');
    const draftPast = await journal.preparations.saveDraft(plan({ plannedAt: '2026-03-10T08:00', goal: '' }));
    await journal.preparations.saveDraft(plan({ plannedAt: '2026-03-11T08:00', goal: '' }));
    const trashed = await journal.preparations.saveDraft(plan({ plannedAt: null }));
    await journal.preparations.moveToTrash(trashed.id);
    clock = new Date('2026-03-10T09:02:00Z');
    const readyUntimed = await journal.preparations.markReady(plan({ plannedAt: null }));
    // Ready and past its time: "Waiting for reflection" shows it, so it is not unfinished.
    const readyPast = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    await journal.preparations.linkReflection(
      (await journal.preparations.saveDraft(plan({ plannedAt: null }))).id,
      (await journal.reflections.saveDraft(reflectionOn(null))).id,
    );

    expect((await journal.preparations.unfinishedDrafts()).map((p) => p.id)).toEqual([
      readyUntimed.id,
      draftPast.id,
      untimed.id,
    ]);
    expect((await journal.preparations.waiting()).map((p) => p.id)).toEqual([readyPast.id]);
  });

  it('lists a person’s plans outside the Trash', async () => {
    const forTom = await journal.preparations.saveDraft(plan());
    await journal.preparations.saveDraft(plan({ personIds: [ANA] }));
    const trashed = await journal.preparations.saveDraft(plan());
    await journal.preparations.moveToTrash(trashed.id);
    expect((await journal.preparations.forPerson(TOM)).map((p) => p.id)).toEqual([forTom.id]);
  });
});

describe('the link between a preparation and its reflection', () => {
  it('links both records in one step and takes the plan out of the waiting list', async () => {
    const prepared = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    const reflection = await journal.reflections.saveDraft(reflectionOn(null));

    const linked = await journal.preparations.linkReflection(prepared.id, reflection.id);
    expect(linked).toMatchObject({ reflectionId: reflection.id, revision: prepared.revision + 1 });
    expect(await journal.preparations.get(prepared.id)).toMatchObject({ reflectionId: reflection.id });
    expect(await journal.reflections.get(reflection.id)).toMatchObject({
      preparationId: prepared.id,
      revision: reflection.revision + 1,
    });
    expect(await journal.preparations.waiting()).toEqual([]);
  });

  it('completes a reflection on a plan and links both, or on failure changes neither', async () => {
    const prepared = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    const draft = await journal.reflections.saveDraft(reflectionOn(prepared.id));
    expect((await journal.preparations.get(prepared.id))?.reflectionId).toBeNull();

    // The link's write fails after the reflection was written: the reflection must not stay complete.
    const failing = () => {
      throw new Error('simulated failure inside the link');
    };
    db.preparations.hook('updating', failing);
    await expect(journal.preparations.completeLinkedReflection(draft)).rejects.toThrow();
    db.preparations.hook('updating').unsubscribe(failing);
    expect(await journal.reflections.get(draft.id)).toMatchObject({
      status: 'draft',
      revision: draft.revision,
    });
    expect((await journal.preparations.get(prepared.id))?.reflectionId).toBeNull();

    const saved = await journal.preparations.completeLinkedReflection(draft);
    expect(saved).toMatchObject({ status: 'complete', preparationId: prepared.id });
    expect(await journal.preparations.get(prepared.id)).toMatchObject({ reflectionId: draft.id });
    expect((await journal.reflections.get(draft.id))?.preparationId).toBe(prepared.id);
  });

  it('lets go of the previous plan when a reflection is linked to another one', async () => {
    const first = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    const second = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:30' }));
    const reflection = await journal.reflections.saveDraft(reflectionOn(null));
    await journal.preparations.linkReflection(first.id, reflection.id);
    await journal.preparations.linkReflection(second.id, reflection.id);
    expect((await journal.preparations.get(first.id))?.reflectionId).toBeNull();
    expect((await journal.preparations.get(second.id))?.reflectionId).toBe(reflection.id);
    expect((await journal.reflections.get(reflection.id))?.preparationId).toBe(second.id);
    expect((await journal.preparations.waiting()).map((p) => p.id)).toEqual([first.id]);
  });

  it('refuses to link a plan or reflection that does not exist, writing nothing', async () => {
    const reflection = await journal.reflections.saveDraft(reflectionOn(null));
    await expect(
      journal.preparations.linkReflection('019ce0a2-5d40-7000-8000-0000000000aa', reflection.id),
    ).rejects.toThrow('That preparation no longer exists.');
    expect(await journal.reflections.get(reflection.id)).toEqual(reflection);
  });
});

describe('a plan in the Trash', () => {
  it('is deleted forever only from the Trash, and a reflection on it keeps its words and loses only the link', async () => {
    const prepared = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    const reflection = await journal.reflections.saveDraft({
      ...reflectionOn(null),
      asked: 'Asked Tom for a date',
    });
    await journal.preparations.linkReflection(prepared.id, reflection.id);
    await expect(journal.preparations.deleteForever(prepared.id)).rejects.toThrow(
      'Only plans in the Trash can be deleted forever.',
    );
    expect(await journal.preparations.get(prepared.id)).toBeDefined();

    await journal.preparations.moveToTrash(prepared.id);
    const linked = await journal.reflections.get(reflection.id);
    await journal.preparations.deleteForever(prepared.id);
    expect(await journal.preparations.get(prepared.id)).toBeUndefined();
    expect(await journal.preparations.trash()).toEqual([]);
    expect(await journal.reflections.get(reflection.id)).toMatchObject({
      asked: 'Asked Tom for a date',
      preparationId: null,
      revision: (linked?.revision ?? 0) + 1,
    });
  });

  it('on a failed delete keeps both the plan and the reflection’s link (one transaction)', async () => {
    const prepared = await journal.preparations.markReady(plan({ plannedAt: '2026-03-10T08:00' }));
    const reflection = await journal.reflections.saveDraft(reflectionOn(null));
    await journal.preparations.linkReflection(prepared.id, reflection.id);
    await journal.preparations.moveToTrash(prepared.id);
    const before = await journal.reflections.get(reflection.id);

    // The plan's delete fails after the reflection was unlinked: the unlink must not stay.
    const failing = () => {
      throw new Error('simulated failure while deleting the plan');
    };
    db.preparations.hook('deleting', failing);
    await expect(journal.preparations.deleteForever(prepared.id)).rejects.toThrow();
    db.preparations.hook('deleting').unsubscribe(failing);
    expect(await journal.reflections.get(reflection.id)).toEqual(before);
    expect((await journal.preparations.get(prepared.id))?.reflectionId).toBe(reflection.id);
  });

  it('is not removed by the Trash’s age clean-up, which is for reflections only', async () => {
    const prepared = await journal.preparations.saveDraft(plan());
    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(0);
    await journal.preparations.moveToTrash(prepared.id);
    const expired = await journal.reflections.saveDraft(reflectionOn(null));
    await journal.reflections.moveToTrash(expired.id);
    clock = new Date(clock.getTime() + 40 * 86_400_000);
    // A save today, so the clean-up trusts the clock.
    await journal.preparations.saveDraft(plan());
    expect(await journal.reflections.purgeExpiredTrash('1.0.0')).toBe(1);
    expect((await journal.preparations.trash()).map((p) => p.id)).toEqual([prepared.id]);
  });
});
