import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultExportOptions } from '../../../../shared/data/exportFormat';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { Journal } from '../../../../renderer/db/JournalContext';
import { createJournalDataRepository } from '../../../../renderer/db/repositories/journalDataRepository';
import { DataWorkerClient } from '../../../../renderer/features/data/dataWorkerClient';
import {
  IMPORT_RUNNING_MESSAGE,
  PLAN_GONE_MESSAGE,
} from '../../../../renderer/features/data/dataWorkerHandler';
import { buildExportFile, type ExportFile } from '../../../../renderer/features/data/exportFiles';
import { prepareImport, type PreparedImport } from '../../../../renderer/features/data/importFlow';
import { WORKER_IMPORT_WRITE_STEP } from '../../../../renderer/features/data/workerImport';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { fakeWorker } from './fakeDataWorker';
import { failStoreAdd } from './failStoreAdd';
import { dana, generatedReflections } from './generatedReflections';

// The data worker keeps an import's plan between the preview and "Import" and writes it itself,
// over its own connection to the journal the page shows (here: two connections to one fake
// IndexedDB database). The page's connection (`db`) checks what was written.
let db: JournalDatabase;
let twin: JournalDatabase;
let twinJournal: Journal;

beforeEach(async () => {
  ({ db } = await openFreshJournal('worker-import'));
  ({ db: twin, journal: twinJournal } = await openFreshJournal('page-import'));
});

afterEach(async () => {
  vi.restoreAllMocks();
  await deleteFreshJournal(db);
  await deleteFreshJournal(twin);
});

// More than a worker's step, spread over days and months, so that Progress months and list rows
// are written by several steps.
const reflections = generatedReflections(WORKER_IMPORT_WRITE_STEP + 37, {
  start: new Date(Date.UTC(2025, 10, 20, 8, 0, 0)),
  spacingMs: 3 * 3_600_000,
  timeZone: 'Europe/Berlin',
  asked: (index) => `Figures for item ${index + 1}`,
});

async function exportBytes(): Promise<Uint8Array> {
  const file: ExportFile = await buildExportFile(
    'json',
    { people: [dana], principleSettings: [], reflections, preparations: [], reminders: [] },
    { ...defaultExportOptions, includePrivate: true },
    {
      appVersion: '1.0.0',
      journalId: '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d',
      now: new Date('2026-12-06T09:00:00Z'),
      timeZone: 'Europe/Berlin',
      passphrase: null,
      markdownLayout: 'document',
    },
  );
  if (typeof file.data !== 'string') throw new Error('A JSON export is built as text');
  return new TextEncoder().encode(file.data);
}

const emptyJournal = {
  reflections: new Map(),
  preparations: new Map(),
  people: new Map(),
  peopleByNameKey: new Map(),
  principleSettings: [],
};

async function preparedInWorker(client: DataWorkerClient): Promise<PreparedImport> {
  const result = await client.prepareImport(await exportBytes(), 'journal.json', undefined, emptyJournal);
  if (result.kind !== 'ready') throw new Error(`expected a plan, got ${result.kind}`);
  return result;
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error as Error,
  );
}

/** Every table of a journal but `meta` (it holds when the last write was), each in key order. */
async function contents(of: JournalDatabase): Promise<Record<string, unknown[]>> {
  const tables = of.tables.filter((table) => table.name !== 'meta');
  const entries = await Promise.all(
    tables.map(async (table) => [table.name, await table.toArray()] as const),
  );
  return Object.fromEntries(entries);
}

async function nothingWritten(): Promise<void> {
  expect(await db.reflections.count()).toBe(0);
  expect(await db.listRows.count()).toBe(0);
  expect(await db.people.count()).toBe(0);
  expect(await db.progressMonths.count()).toBe(0);
  expect(await db.searchChanges.count()).toBe(0);
}

// Each test plans and writes over a thousand reflections: a few seconds when the machine is busy.
describe('an import written by the data worker', { timeout: 30_000 }, () => {
  it('keeps the plan in the worker and writes exactly what the page would have written', async () => {
    const worker = fakeWorker();
    const client = new DataWorkerClient(() => worker);
    const prepared = await preparedInWorker(client);
    expect(prepared.reflectionCounts).toEqual({ new: reflections.length, updated: 0 });
    expect(prepared.plan.reflections.new).toEqual([]);
    expect(prepared.heldBy).toEqual(expect.any(Number));
    expect(await db.reflections.count()).toBe(0);

    const written = await client.applyImport(prepared.heldBy as number, db.name);
    expect(written).toMatchObject({ reflections: reflections.length, people: 1, preparations: 0 });
    // No message from the worker carried the reflections across before they were written.
    expect(JSON.stringify(worker.received)).not.toContain('Figures for item 1"');
    // The same file imported on the page, into a journal of its own, the same records everywhere.
    const onPage = await prepareImport(await exportBytes(), 'journal.json', undefined, emptyJournal);
    if (onPage.kind !== 'ready') throw new Error('expected a plan');
    await createJournalDataRepository(twinJournal).applyImport(onPage.plan, { reflectionsChecked: true });
    const fromWorker = await contents(db);
    expect(fromWorker.reflections).toHaveLength(reflections.length);
    expect(fromWorker.listRows).toHaveLength(reflections.length);
    // This journal is small enough for search to be told of each reflection rather than rebuild.
    expect(fromWorker.searchChanges).toHaveLength(reflections.length);
    expect((fromWorker.progressMonths as unknown[]).length).toBeGreaterThan(1);
    expect(fromWorker).toEqual(await contents(twin));
    // The worker's measures reach the page's timeline, where the bench reads them.
    expect(performance.getEntriesByName('data:import-transaction').length).toBeGreaterThan(0);
    // What it wrote comes back once, after the commit, in parts: for the Data page's counts.
    const back = await client.takeWritten(prepared.heldBy as number);
    expect(back?.map(({ id }) => id)).toEqual(onPage.plan.reflections.new.map(({ id }) => id));
    expect(back).toEqual(onPage.plan.reflections.new);
    expect(worker.received.filter((message) => message.type === 'part').length).toBeGreaterThan(1);
    expect(await client.takeWritten(prepared.heldBy as number)).toBeNull();
    // Written once: the plan is gone.
    expect((await rejectionOf(client.applyImport(prepared.heldBy as number, db.name))).message).toBe(
      PLAN_GONE_MESSAGE,
    );
  });

  it('undoes everything when a write fails, names the failure, and keeps the plan to try again', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const prepared = await preparedInWorker(client);
    // The last list row of the last step: everything before it was already issued.
    const failing = failStoreAdd('listRows', reflections.length);
    const error = await rejectionOf(client.applyImport(prepared.heldBy as number, db.name));
    expect(error.message).toContain('The disk is full');
    await nothingWritten();
    failing.mockRestore();
    await client.applyImport(prepared.heldBy as number, db.name);
    expect(await db.reflections.count()).toBe(reflections.length);
  });

  it('writes nothing once the plan is discarded (cancel, another file, leaving the page)', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const prepared = await preparedInWorker(client);
    client.discardImport(prepared.heldBy as number);
    const error = await rejectionOf(client.applyImport(prepared.heldBy as number, db.name));
    expect(error.message).toBe(PLAN_GONE_MESSAGE);
    await nothingWritten();
  });

  it('keeps only the latest preview: an older plan cannot be written', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const first = await preparedInWorker(client);
    const second = await preparedInWorker(client);
    expect(second.heldBy).not.toBe(first.heldBy);
    expect((await rejectionOf(client.applyImport(first.heldBy as number, db.name))).message).toBe(
      PLAN_GONE_MESSAGE,
    );
    await nothingWritten();
    await client.applyImport(second.heldBy as number, db.name);
    expect(await db.reflections.count()).toBe(reflections.length);
  });

  it('runs one import at a time: a second "Import" while the first writes is refused', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const prepared = await preparedInWorker(client);
    const first = client.applyImport(prepared.heldBy as number, db.name);
    const second = rejectionOf(client.applyImport(prepared.heldBy as number, db.name));
    expect((await second).message).toBe(IMPORT_RUNNING_MESSAGE);
    await first;
    expect(await db.reflections.count()).toBe(reflections.length);
    expect(await db.listRows.count()).toBe(reflections.length);
  });

  it('fails with a message when the journal was closed under the worker, writing nothing', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const prepared = await preparedInWorker(client);
    // Another window upgrading the journal closes the worker's connection (journalNamed's versionchange).
    const { journalNamed } = await import('../../../../renderer/db/repositories/journalReadInParts');
    const workersCopy = journalNamed(db.name);
    await workersCopy.open();
    workersCopy.close();
    const error = await rejectionOf(client.applyImport(prepared.heldBy as number, db.name));
    expect(error.name).toBe('DatabaseClosedError');
    await nothingWritten();
  });
});
