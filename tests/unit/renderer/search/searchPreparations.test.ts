import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import { SearchIndexCore } from '../../../../renderer/features/search/searchIndexCore';
import type { SearchRequest } from '../../../../renderer/features/search/searchProtocol';
import { openTestJournal, seedThree, type TestJournal } from './searchTestJournal';

let t: TestJournal;

beforeEach(async () => {
  t = await openTestJournal();
});

afterEach(async () => {
  await t.close();
});

const ask = (query: string, filters: SearchRequest['filters'] = {}): SearchRequest => ({
  query,
  filters,
  limit: 50,
});

/** A ready plan saved through the preparation repository, as the form saves one. */
async function savePlan(fields: Partial<Preparation>): Promise<Preparation> {
  const draft = createDraftPreparation({ now: new Date('2026-03-09T08:00:00Z'), timeZone: 'UTC' });
  return t.journal.preparations.markReady({ ...draft, ...fields });
}

describe('search finds preparations', () => {
  it('finds a plan by its goal, its people and its text, and says it is a preparation', async () => {
    const { budget, migration } = await seedThree(t);
    const plan = await savePlan({
      personIds: [t.priya.id],
      plannedAt: '2026-03-12T14:00',
      goal: 'Ask Priya to lift the budget freeze',
      objections: 'She may say finance decides; I bring the usage figures.',
    });
    const core = new SearchIndexCore(t.db);
    await core.start();

    const response = await core.search(ask('budget'));
    expect(response.ids.sort()).toEqual([budget.id, migration.id, plan.id].sort());
    expect(response).toMatchObject({ total: 3, preparations: 1 });
    const hit = response.hits.find(({ id }) => id === plan.id);
    expect(hit).toMatchObject({ kind: 'preparation', occurredAt: '2026-03-12T14:00', status: 'ready' });
    expect(hit?.asked.filter((segment) => segment.match).map(({ text }) => text)).toEqual(['budget']);
    expect(response.hits.find(({ id }) => id === budget.id)?.kind).toBe('reflection');

    const byObjection = await core.search(ask('usage figures'));
    expect(byObjection.ids).toEqual([plan.id]);
    expect(byObjection.hits[0]?.passage?.label).toBe('Likely objections and my answers');
    expect((await core.search(ask('priya'))).ids).toContain(plan.id);
  });

  it('filters plans by person and period, and leaves them out of filters a plan cannot answer', async () => {
    const { budget } = await seedThree(t);
    const plan = await savePlan({
      personIds: [t.priya.id],
      plannedAt: '2026-03-12T14:00',
      goal: 'Budget freeze',
    });
    const core = new SearchIndexCore(t.db);
    await core.start();
    // Only filters: newest first, the plan by when it is planned.
    expect((await core.search(ask('', { personId: t.priya.id }))).ids).toEqual([plan.id, budget.id]);
    expect((await core.search(ask('budget', { from: '2026-03-10' }))).ids).toEqual([plan.id]);
    expect((await core.search(ask('budget', { personId: t.marcus.id }))).ids).not.toContain(plan.id);
    expect((await core.search(ask('budget', { starred: true }))).ids).toEqual([budget.id]);
    expect((await core.search(ask('budget', { outcome: 'achieved' }))).ids).toEqual([budget.id]);
  });

  it('follows plans saved, renamed people and the Trash after it started, and after loading a saved index', async () => {
    const { migration } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    expect((await core.search(ask('rollout'))).ids).toEqual([]);

    const plan = await savePlan({ personIds: [t.marcus.id], goal: 'Agree the rollout order' });
    expect(await core.sync()).toBeGreaterThan(0);
    expect((await core.search(ask('rollout'))).ids).toEqual([plan.id]);

    await t.journal.people.update({ ...t.marcus, name: 'Marcus Oduya' });
    await core.sync();
    expect((await core.search(ask('oduya'))).ids.sort()).toEqual([migration.id, plan.id].sort());

    // The saved index holds reflections only; a new start reads the plans from their table.
    await core.persist();
    const next = new SearchIndexCore(t.db);
    expect(await next.start()).toMatchObject({ source: 'persisted', documentCount: 2 });
    expect((await next.search(ask('rollout'))).ids).toEqual([plan.id]);

    await t.journal.preparations.moveToTrash(plan.id);
    await next.sync();
    expect((await next.search(ask('rollout'))).ids).toEqual([]);
  });
});
