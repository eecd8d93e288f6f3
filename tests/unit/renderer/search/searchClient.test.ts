import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SearchClient } from '../../../../renderer/features/search/searchClient';
import { SearchIndexCore } from '../../../../renderer/features/search/searchIndexCore';
import { inProcessWorker } from './inProcessWorker';
import { openTestJournal, reflectionOn, seedThree, type TestJournal } from './searchTestJournal';

let t: TestJournal;
let client: SearchClient | undefined;

beforeEach(async () => {
  t = await openTestJournal();
  performance.clearMarks();
});

afterEach(async () => {
  client?.dispose();
  client = undefined;
  await t.close();
});

async function readyClient(options: Parameters<typeof inProcessWorker>[1] = {}) {
  const worker = inProcessWorker(t.db, options);
  client = new SearchClient(() => worker);
  client.start();
  await vi.waitFor(() => expect(client?.getStatus().phase).toBe('ready'));
  return { client, worker };
}

describe('SearchClient with the worker code', () => {
  it('reports ready with how the index was obtained, and marks it for the benchmark', async () => {
    await seedThree(t);
    const { client } = await readyClient();
    expect(client.getStatus()).toMatchObject({ phase: 'ready', info: { source: 'built', documentCount: 2 } });
    const [mark] = performance.getEntriesByName('search:ready');
    expect(mark).toBeDefined();
  });

  it('answers a query with ids, total, terms and hits', async () => {
    const { budget } = await seedThree(t);
    const { client } = await readyClient();
    const response = await client.search('quarterl', {});
    expect(response).toMatchObject({ ids: [budget.id], total: 1, terms: ['quarterl'], isComplete: true });
  });

  it('settles a superseded query with null and applies only the newest answer', async () => {
    const { migration } = await seedThree(t);
    const { client } = await readyClient();
    const first = client.search('budg', {});
    const second = client.search('migra', {});
    expect(await first).toBeNull();
    expect((await second)?.ids).toEqual([migration.id]);
  });

  it('answers during a first build from what is indexed so far, saying it is incomplete', async () => {
    await seedThree(t);
    // The build indexes one reflection, then waits here until the query has been answered, so
    // the answer comes mid-build however fast the machine is.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const core = { chunkSize: 1, sliceMs: -1, yieldToEvents: () => held };
    client = new SearchClient(() => inProcessWorker(t.db, { core }));
    const response = await client.search('quarterly', {});
    expect(response?.isComplete).toBe(false);
    release();
    await vi.waitFor(() => expect(client?.getStatus().phase).toBe('ready'));
    expect(await client.search('quarterly', {})).toMatchObject({ total: 1, isComplete: true });
  });

  it('holds a query sent while the saved index loads and answers it in full', async () => {
    const { budget } = await seedThree(t);
    const warmUp = await readyClient({ persistDelayMs: 0, quietMs: 0 });
    // meta, index and filters
    await vi.waitFor(async () => expect(await t.db.searchIndex.count()).toBe(3));
    warmUp.client.dispose();
    client = new SearchClient(() => inProcessWorker(t.db));
    expect(await client.search('quarterly', {})).toMatchObject({ ids: [budget.id], isComplete: true });
    await vi.waitFor(() =>
      expect(client?.getStatus()).toMatchObject({ phase: 'ready', info: { source: 'persisted' } }),
    );
  });

  it('tells the worker about saves on this page, which then counts as an update', async () => {
    await seedThree(t);
    const { client, worker } = await readyClient();
    const later = reflectionOn('2026-03-12', {
      personIds: [t.priya.id],
      asked: 'Asked for a zeppelin budget',
    });
    await t.journal.reflections.complete(later);
    await vi.waitFor(() => expect(worker.posted).toContainEqual({ type: 'changed' }));
    await vi.waitFor(() => expect(client.getStatus()).toMatchObject({ phase: 'ready', revision: 1 }));
    expect((await client.search('zeppelin', {}))?.ids).toEqual([later.id]);
  });

  it('hears changes through the database observer alone and saves the index once quiet', async () => {
    await seedThree(t);
    const worker = inProcessWorker(t.db, { observeDatabase: true, persistDelayMs: 0, quietMs: 0 });
    // No Dexie relay: only the worker-side observer can notice the save.
    const quiet = { ...worker, postMessage: () => undefined };
    client = new SearchClient(() => quiet);
    client.start();
    await vi.waitFor(() => expect(client?.getStatus().phase).toBe('ready'));
    await vi.waitFor(async () => expect(await t.db.searchChanges.count()).toBe(0));
    await t.journal.reflections.complete(
      reflectionOn('2026-03-12', { personIds: [t.priya.id], asked: 'Zeppelin' }),
    );
    await vi.waitFor(() => expect(client?.getStatus()).toMatchObject({ revision: 1 }));
    await vi.waitFor(async () => expect(await t.db.searchChanges.count()).toBe(0));
  });

  it('fails clearly when the worker cannot start', async () => {
    client = new SearchClient(() => {
      throw new Error('Workers are blocked');
    });
    client.start();
    expect(client.getStatus()).toEqual({ phase: 'failed', message: 'Workers are blocked' });
    await expect(client.search('budget', {})).rejects.toThrow('Workers are blocked');
  });
});

describe('starting the worker early', () => {
  it('lets a warmed-up worker load only once started, and only tells it once', async () => {
    const { budget } = await seedThree(t);
    const worker = inProcessWorker(t.db, { waitForLoad: true });
    client = new SearchClient(() => worker);
    client.warmUp();
    expect(client.getStatus().phase).toBe('loading');
    // Held: give the worker time it would need to load, and see that it did not.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(client.getStatus().phase).toBe('loading');
    expect(worker.posted).not.toContainEqual({ type: 'load' });
    client.start();
    client.start();
    await vi.waitFor(() => expect(client?.getStatus().phase).toBe('ready'));
    expect(worker.posted.filter((message) => (message as { type: string }).type === 'load')).toHaveLength(1);
    expect(await client.search('quarterly', {})).toMatchObject({ ids: [budget.id] });
  });

  it('loads at once when someone searches before it was told to', async () => {
    const { budget } = await seedThree(t);
    const saved = new SearchIndexCore(t.db);
    await saved.start();
    await saved.persist();
    const worker = inProcessWorker(t.db, { waitForLoad: true });
    client = new SearchClient(() => worker);
    client.warmUp();
    expect(await client.search('quarterly', {})).toMatchObject({ ids: [budget.id], isComplete: true });
  });
});
