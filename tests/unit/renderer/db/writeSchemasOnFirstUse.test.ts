import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { uniqueDatabaseName } from './migrationHarness';

// The repositories load their schemas on first use (renderer/db/repositories/writeSchemas.ts).
// Each test starts from fresh modules, as the app does after start-up: nothing has loaded them yet.
const repositories = '../../../../renderer/db/repositories';

let db: JournalDatabase;
const opened: JournalDatabase[] = [];

async function freshStart() {
  vi.resetModules();
  const { writeSchemasIfLoaded } = await import(`${repositories}/writeSchemas`);
  const { createJournal } = await import('../../../../renderer/db/JournalContext');
  const { JournalDatabase } = await import('../../../../renderer/db/JournalDatabase');
  const { createDraftReflection } = await import('../../../../shared/domain/reflectionSchema');
  const errors = await import(`${repositories}/reflectionWriteErrors`);
  db = new JournalDatabase(uniqueDatabaseName('first-write'));
  await db.open();
  opened.push(db);
  const now = new Date('2026-03-10T09:00:00Z');
  return {
    writeSchemasIfLoaded: writeSchemasIfLoaded as () => unknown,
    journal: createJournal(db, () => now),
    draft: createDraftReflection({ now, timeZone: 'Europe/Berlin' }),
    ReflectionValidationError: errors.ReflectionValidationError as new (...args: never[]) => Error,
  };
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(async () => {
  for (const each of opened.splice(0)) {
    each.close();
    await Dexie.delete(each.name);
  }
});

// Each test imports the repositories afresh; the first import transforms them, which took over
// five seconds on a loaded two-core machine.
describe('the first write after start-up, before the schemas have loaded', { timeout: 30_000 }, () => {
  it('is checked: a reflection that cannot be complete is refused and nothing is written', async () => {
    const start = await freshStart();
    expect(start.writeSchemasIfLoaded()).toBeNull();
    await expect(start.journal.reflections.complete({ ...start.draft, asked: '' })).rejects.toBeInstanceOf(
      start.ReflectionValidationError,
    );
    expect(await db.reflections.count()).toBe(0);
    expect(start.writeSchemasIfLoaded()).not.toBeNull();
  });

  it('is checked for a draft too: an unknown field or a rating of 0 is refused', async () => {
    const start = await freshStart();
    expect(start.writeSchemasIfLoaded()).toBeNull();
    const withRatingZero = {
      ...start.draft,
      principles: { 'empowered-adults': { applied: true, rating: 0, notes: '', checks: {} } },
    } as Reflection;
    await expect(start.journal.reflections.saveDraft(withRatingZero)).rejects.toBeInstanceOf(
      start.ReflectionValidationError,
    );
    expect(await db.reflections.count()).toBe(0);
  });

  it('checks a person, a principle, the date format and the week start as well', async () => {
    const start = await freshStart();
    expect(start.writeSchemasIfLoaded()).toBeNull();
    await expect(start.journal.people.add('   ')).rejects.toThrow();
    expect(await db.people.count()).toBe(0);

    const second = await freshStart();
    expect(second.writeSchemasIfLoaded()).toBeNull();
    await expect(second.journal.principleSettings.add({ title: '', description: '' })).rejects.toThrow();
    expect(await db.meta.get('principleSettings')).toBeUndefined();

    const third = await freshStart();
    const { createDateTimeFormatRepository } = await import(`${repositories}/dateTimeFormatRepository`);
    expect(third.writeSchemasIfLoaded()).toBeNull();
    await expect(
      createDateTimeFormatRepository(db).write({ timeFormat: '13h', dateOrder: 'dmy' }),
    ).rejects.toThrow();
    expect(await db.meta.get('dateTimeFormat')).toBeUndefined();

    const fourth = await freshStart();
    const { createWeekStartRepository } = await import(`${repositories}/weekStartRepository`);
    expect(fourth.writeSchemasIfLoaded()).toBeNull();
    await expect(createWeekStartRepository(db).write('tuesday')).rejects.toThrow();
    expect(await db.meta.get('weekStart')).toBeUndefined();
  });

  it('completes a reflection on a plan inside the plan’s own transaction: a failed link undoes it', async () => {
    const start = await freshStart();
    const { createDraftPreparation } = await import('../../../../shared/domain/preparationSchema');
    const preparation = createDraftPreparation({ now: new Date('2026-03-09T09:00:00Z'), timeZone: 'UTC' });
    const draft: Reflection = {
      ...start.draft,
      asked: 'Numbers for the launch',
      personIds: ['01890a5d-ac96-774b-bcce-b302099a8057'],
      preparationId: preparation.id,
    };
    // Stored directly: a write through the repositories would load the schemas.
    await db.preparations.put(preparation);
    await db.reflections.put(draft);
    expect(start.writeSchemasIfLoaded()).toBeNull();

    const failing = () => {
      throw new Error('simulated failure inside the link');
    };
    db.preparations.hook('updating', failing);
    await expect(start.journal.preparations.completeLinkedReflection(draft)).rejects.toThrow(
      'simulated failure inside the link',
    );
    db.preparations.hook('updating').unsubscribe(failing);
    expect(await db.reflections.get(draft.id)).toMatchObject({ status: 'draft', revision: draft.revision });
    expect(await start.journal.reflections.newestRows(10)).toMatchObject([{ id: draft.id, status: 'draft' }]);

    const saved = await start.journal.preparations.completeLinkedReflection(draft);
    expect(saved.status).toBe('complete');
    expect(await start.journal.reflections.newestRows(10)).toMatchObject([
      { id: draft.id, status: 'complete' },
    ]);
    expect(await db.preparations.get(preparation.id)).toMatchObject({ reflectionId: draft.id });
  });

  it('leaves the principle settings unchecked until the schemas load, then checks them as read() does', async () => {
    const start = await freshStart();
    const { loadWriteSchemas } = await import(`${repositories}/writeSchemas`);
    const custom = {
      kind: 'custom',
      id: '01890a5d-ac96-774b-bcce-b302099a8058',
      title: 'Listen first',
      description: '',
      prompts: [],
      isHidden: false,
    };
    await db.meta.put({ key: 'principleSettings', value: [custom] });
    const settings = start.journal.principleSettings;
    // A journal nobody customized needs no schema; one with settings waits for them.
    expect(settings.check(undefined)).toEqual({ settings: [], problem: null });
    expect(settings.check(await settings.storedValue())).toBeNull();
    expect(start.writeSchemasIfLoaded()).toBeNull();

    await loadWriteSchemas();
    expect(settings.check(await settings.storedValue())).toEqual({ settings: [custom], problem: null });
    expect(settings.check([{ kind: 'custom', id: 'not-an-id', title: 'Mine' }])).toMatchObject({
      settings: [],
      problem: expect.stringContaining('could not be read') as unknown,
    });
  });
});
