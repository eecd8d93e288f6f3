import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchIndexCore } from '../../../../renderer/features/search/searchIndexCore';
import type { SearchRequest } from '../../../../renderer/features/search/searchProtocol';
import { openTestJournal, reflectionOn, seedThree, type TestJournal } from './searchTestJournal';

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
const idsFor = async (core: SearchIndexCore, query: string, filters: SearchRequest['filters'] = {}) =>
  (await core.search(ask(query, filters))).ids;

describe('SearchIndexCore', () => {
  it('builds from every reflection when nothing is saved, leaving out the Trash', async () => {
    const { budget, migration } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    const info = await core.start();
    expect(info).toMatchObject({ source: 'built', documentCount: 2 });
    expect(core.isReady).toBe(true);
    expect((await idsFor(core, 'budg')).sort()).toEqual([budget.id, migration.id].sort());
    expect(await idsFor(core, 'migraton')).toEqual([migration.id]);
    expect(await idsFor(core, 'okafor')).toEqual([migration.id]);
    expect(await idsFor(core, 'nowhere')).toEqual([]);
  });

  it('describes each hit with highlighted request, names and the best passage', async () => {
    const { migration } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    const response = await core.search(ask('budget'));
    expect(response).toMatchObject({ total: 2, terms: ['budget'], isComplete: true });
    const hit = response.hits.find((candidate) => candidate.id === migration.id);
    expect(hit?.passage?.label).toBe('What did you learn?');
    expect(hit?.passage?.segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Budget']);
    expect(hit?.people).toEqual([[{ text: 'Marcus Okafor', match: false }]]);
  });

  it('narrows by filters, and with only filters lists the newest first', async () => {
    const { budget, migration } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    expect(await idsFor(core, 'budget', { starred: true })).toEqual([budget.id]);
    expect(await idsFor(core, 'budget', { outcome: 'not-yet' })).toEqual([migration.id]);
    expect(await idsFor(core, '', { personId: t.priya.id })).toEqual([budget.id]);
    expect(await idsFor(core, '', { from: '2026-03-01' })).toEqual([migration.id, budget.id]);
    expect((await core.search(ask('', {}))).total).toBe(0);
  });

  it('saves the index, clears the changes it covers, and loads it back instead of rebuilding', async () => {
    const { budget } = await seedThree(t);
    const first = new SearchIndexCore(t.db);
    await first.start();
    expect(await first.persist()).toBe(true);
    expect(await t.db.searchChanges.count()).toBe(0);
    expect(await first.persist()).toBe(false);

    const second = new SearchIndexCore(t.db);
    const info = await second.start();
    expect(info).toMatchObject({ source: 'persisted', documentCount: 2, appliedChanges: 0 });
    expect(await idsFor(second, 'quarterly')).toEqual([budget.id]);
  });

  it('absorbs saves, edits, trashing and restoring incrementally, then clears them once saved', async () => {
    const { budget, migration } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    await core.persist();

    const hiring = reflectionOn('2026-03-10', {
      personIds: [t.priya.id],
      asked: 'Asked for a hiring exception',
    });
    await t.journal.reflections.complete(hiring);
    await t.journal.reflections.complete({ ...budget, asked: 'Asked for the yearly forecast' });
    await t.journal.reflections.moveToTrash(migration.id);
    expect(await core.sync()).toBe(3);
    expect(await idsFor(core, 'hiring')).toEqual([hiring.id]);
    expect(await idsFor(core, 'quarterly')).toEqual([]);
    expect(await idsFor(core, 'forecast')).toEqual([budget.id]);
    expect(await idsFor(core, 'migration')).toEqual([]);
    expect(core.hasUnsavedChanges).toBe(true);

    await t.journal.reflections.restore(migration.id);
    await core.sync();
    expect(await idsFor(core, 'migration')).toEqual([migration.id]);

    expect(await core.persist()).toBe(true);
    expect(await t.db.searchChanges.count()).toBe(0);
    const reloaded = new SearchIndexCore(t.db);
    expect(await reloaded.start()).toMatchObject({ source: 'persisted', documentCount: 3 });
    expect(await idsFor(reloaded, 'hiring')).toEqual([hiring.id]);
  });

  it('replays changes saved while no worker ran', async () => {
    await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    await core.persist();
    const later = reflectionOn('2026-03-11', {
      personIds: [t.marcus.id],
      asked: 'Proposed a zeppelin offsite',
    });
    await t.journal.reflections.complete(later);

    const next = new SearchIndexCore(t.db);
    expect(await next.start()).toMatchObject({ source: 'persisted', appliedChanges: 1, documentCount: 3 });
    expect(await idsFor(next, 'zeppelin')).toEqual([later.id]);
  });

  it('re-indexes reflections when a person is renamed, even while no worker ran', async () => {
    const { migration } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    await t.journal.people.update({ ...t.marcus, name: 'Marcus Adeyemi' });
    expect(await core.sync()).toBe(1);
    expect(await idsFor(core, 'adeyemi')).toEqual([migration.id]);
    expect(await idsFor(core, 'okafor')).toEqual([]);
    await core.persist();

    await t.journal.people.update({ ...t.marcus, name: 'Marcus Bell' });
    const next = new SearchIndexCore(t.db);
    await next.start();
    expect(await idsFor(next, 'bell')).toEqual([migration.id]);
  });

  it('catches up from the index another window saved after clearing changes this one needed', async () => {
    await seedThree(t);
    const here = new SearchIndexCore(t.db);
    const there = new SearchIndexCore(t.db);
    await here.start();
    await there.start();
    const hiring = reflectionOn('2026-03-10', {
      personIds: [t.priya.id],
      asked: 'Asked for a hiring exception',
    });
    await t.journal.reflections.complete(hiring);
    await there.sync();
    expect(await there.persist()).toBe(true);
    expect(await t.db.searchChanges.count()).toBe(0);

    await here.sync();
    expect(await idsFor(here, 'hiring')).toEqual([hiring.id]);
  });

  it('rebuilds when the saved index cannot be read', async () => {
    await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    await core.persist();
    await t.db.searchIndex.put({ key: 'index', value: '{"not": "an index"' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const next = new SearchIndexCore(t.db);
    expect(await next.start()).toMatchObject({ source: 'built', documentCount: 2 });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('rebuilds when the saved filters are damaged or missing, and filters work again after', async () => {
    const { budget } = await seedThree(t);
    const core = new SearchIndexCore(t.db);
    await core.start();
    await core.persist();
    await t.db.searchIndex.put({
      key: 'filters',
      value: '{"format": 1, "words": [], "ids": ["x"], "rows": [[1]]}',
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const damaged = new SearchIndexCore(t.db);
    expect(await damaged.start()).toMatchObject({ source: 'built', documentCount: 2 });
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    await t.db.searchIndex.delete('filters');
    const missing = new SearchIndexCore(t.db);
    expect(await missing.start()).toMatchObject({ source: 'built', documentCount: 2 });
    const starred = await missing.search({ query: '', filters: { starred: true }, limit: 10 });
    expect(starred.ids).toEqual([budget.id]);
  });

  it('answers from what is indexed so far while building, then completely', async () => {
    const many = Array.from({ length: 12 }, (_, n) =>
      reflectionOn(`2026-02-${String(n + 1).padStart(2, '0')}`, {
        personIds: [t.priya.id],
        asked: `Budget request number ${n}`,
      }),
    );
    await t.journal.reflections.bulkImport(many);
    const partial: Array<{ total: number; isComplete: boolean }> = [];
    const core: SearchIndexCore = new SearchIndexCore(t.db, {
      chunkSize: 4,
      sliceMs: 0,
      // Runs where the worker would handle queued messages: between slices of the build.
      yieldToEvents: async () => {
        if (partial.length === 0) partial.push(await core.search(ask('budget')));
      },
    });
    await core.start();
    expect(partial[0]?.isComplete).toBe(false);
    expect(partial[0]?.total).toBeGreaterThan(0);
    expect(partial[0]?.total).toBeLessThan(12);
    expect(await core.search(ask('budget'))).toMatchObject({ total: 12, isComplete: true });
  });
});
