import { afterEach, describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { createJournal } from '../../../../renderer/db/JournalContext';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { expectOneStoreLayout, upgradeFrom } from './migrationHarness';
import { openCountingJournal } from './reflectionReads';
import { deleteFreshJournal, openFreshJournal } from './testJournalDatabase';

const PLAN = '01890a5d-ac96-774b-bcce-b302099a8101';
const OTHER_PLAN = '01890a5d-ac96-774b-bcce-b302099a8102';
const DANA = '01890a5d-ac96-774b-bcce-b302099a8057';

const reflection = (iso: string, overrides: Partial<Reflection> = {}): Reflection => ({
  ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/Berlin' }),
  personIds: [DANA],
  asked: `Asked on ${iso}`,
  preparationId: PLAN,
  ...overrides,
});

/** On one plan: an older draft, a newer one, a finished one and one in the Trash; beside it, other plans' and none. */
const olderDraft = reflection('2026-02-01T09:00:00Z');
const newerDraft = reflection('2026-02-03T09:00:00Z');
const finished = reflection('2026-02-05T09:00:00Z', { status: 'complete' });
const trashed = reflection('2026-02-06T09:00:00Z', { deletedAt: '2026-02-07T09:00:00.000Z' });
const onOtherPlan = reflection('2026-02-08T09:00:00Z', { preparationId: OTHER_PLAN });
const onNoPlan = reflection('2026-02-09T09:00:00Z', { preparationId: null });
const all = [olderDraft, newerDraft, finished, trashed, onOtherPlan, onNoPlan];

let opened: JournalDatabase | null = null;
afterEach(async () => {
  if (opened !== null) await deleteFreshJournal(opened);
  opened = null;
});

describe('the draft started on a plan', () => {
  it('is the newest unfinished one outside the Trash, looking back on that plan', async () => {
    const { db, journal } = await openFreshJournal('draft-on-plan');
    opened = db;
    await db.reflections.bulkPut(all);

    expect((await journal.reflections.draftOnPlan(PLAN))?.id).toBe(newerDraft.id);
    expect((await journal.reflections.draftOnPlan(OTHER_PLAN))?.id).toBe(onOtherPlan.id);
    await journal.reflections.complete({ ...newerDraft, revision: 0 });
    expect((await journal.reflections.draftOnPlan(PLAN))?.id).toBe(olderDraft.id);
    await journal.reflections.moveToTrash(olderDraft.id);
    expect(await journal.reflections.draftOnPlan(PLAN)).toBeUndefined();
  });

  it("reads only the plan's own reflections, not every reflection", async () => {
    const many = Array.from({ length: 200 }, (_, at) =>
      reflection(new Date(Date.UTC(2025, 0, 1, at)).toISOString(), { preparationId: null }),
    );
    const { db, reads } = await openCountingJournal('draft-on-plan-reads', [...all, ...many]);
    opened = db;

    const draft = await createJournal(db).reflections.draftOnPlan(PLAN);

    expect(draft?.id).toBe(newerDraft.id);
    expect(draft?.revision).toBe(0);
    expect(reads).toEqual({ whole: 4, cursors: 0 });
  });

  it('is found in a version 10 journal once it is opened with the plan index', async () => {
    await upgradeFrom(
      10,
      async (db) => {
        await db.reflections.bulkPut(all);
      },
      async (db) => {
        expectOneStoreLayout(db);
        expect(await db.reflections.where('preparationId').equals(PLAN).count()).toBe(4);
        // Reflections on no plan are not in the index; every one is still in the journal as it was.
        expect(await db.reflections.where('preparationId').anyOf(PLAN, OTHER_PLAN).count()).toBe(5);
        expect((await db.reflections.toArray()).length).toBe(all.length);
        expect(await db.reflections.get(onNoPlan.id)).toEqual(onNoPlan);
        const journal = createJournal(db, () => new Date('2026-03-01T10:00:00Z'));
        expect((await journal.reflections.draftOnPlan(PLAN))?.id).toBe(newerDraft.id);
      },
    );
  });
});
