import { Blob as NodeBlob } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { defaultExportOptions, type ExportOptions } from '../../../../shared/data/exportFormat';
import { ImportFileError } from '../../../../shared/data/importErrors';
import type { JournalSnapshot } from '../../../../shared/data/journalSnapshot';
import { encryptText, WRONG_PASSPHRASE_MESSAGE } from '../../../../shared/data/passphraseEnvelope';
import { createPerson } from '../../../../shared/domain/personSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { DataWorkerClient } from '../../../../renderer/features/data/dataWorkerClient';
import { PART_SIZE } from '../../../../renderer/features/data/dataWorkerProtocol';
import {
  buildExportFile,
  type ExportContext,
  type ExportFile,
} from '../../../../renderer/features/data/exportFiles';
import { prepareImport, type PrepareResult } from '../../../../renderer/features/data/importFlow';
import { fakeWorker } from './fakeDataWorker';

const dana = createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox' });

function reflections(count: number): Reflection[] {
  return Array.from({ length: count }, (_, index) => ({
    ...createDraftReflection({
      now: new Date(Date.UTC(2026, 0, 1, 8, 0, 0) + index * 60_000),
      timeZone: 'Europe/London',
    }),
    status: 'complete' as const,
    personIds: [dana.id],
    asked: `Figures for launch ${index + 1}`,
  }));
}

const snapshotOf = (list: Reflection[]): JournalSnapshot => ({
  people: [dana],
  principleSettings: [],
  reflections: list,
  preparations: [],
  reminders: [],
});

const context: ExportContext = {
  appVersion: '1.0.0',
  journalId: '0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d',
  now: new Date('2026-12-06T09:00:00Z'),
  timeZone: 'Europe/Berlin',
  passphrase: null,
  markdownLayout: 'document',
};

const everything: ExportOptions = { ...defaultExportOptions, includePrivate: true };
const emptyJournal = { reflections: new Map(), preparations: new Map(), people: new Map() };
function text(file: ExportFile): string {
  if (typeof file.data === 'string') return file.data;
  if (file.data instanceof Blob) throw new Error('This export is built as text or bytes, not a Blob');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.data);
}

/** Rejection of `promise`, or a failure when it resolves. */
async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('data worker client: round trips', () => {
  it('builds the same JSON file in the worker as on the page, sending the reflections in parts', async () => {
    const worker = fakeWorker();
    const client = new DataWorkerClient(() => worker);
    const snapshot = snapshotOf(reflections(PART_SIZE + 5));
    const inWorker = await client.exportFile('json', snapshot, everything, context);
    const onPage = await buildExportFile('json', snapshot, everything, context);
    expect(text(inWorker)).toBe(text(onPage));
    expect(inWorker).toMatchObject({ suggestedName: onPage.suggestedName, reflectionCount: PART_SIZE + 5 });
    // Two parts of reflections, then the job: never the whole journal in one message.
    expect(worker.sent.map((message) => message.type)).toEqual(['part', 'part', 'run']);
    const run = worker.sent.at(-1);
    expect(run?.type === 'run' && run.job.op === 'export' && run.job.snapshot.reflections).toEqual([]);
  });

  it('builds CSV and Markdown in the worker too', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const snapshot = snapshotOf(reflections(3));
    for (const kind of ['csv', 'markdown'] as const) {
      const inWorker = await client.exportFile(kind, snapshot, everything, context);
      expect(text(inWorker)).toBe(text(await buildExportFile(kind, snapshot, everything, context)));
    }
  });

  it('plans an import in the worker with every reflection of the file, as the page planned it', async () => {
    const worker = fakeWorker();
    const client = new DataWorkerClient(() => worker);
    const file = await buildExportFile(
      'json',
      snapshotOf(reflections(PART_SIZE * 2 + 1)),
      everything,
      context,
    );
    const bytes = new TextEncoder().encode(text(file));
    const existing = { ...emptyJournal, reflections: new Map([[dana.id, { updatedAt: dana.updatedAt }]]) };
    const inWorker = await client.prepareImport(bytes, 'journal.json', undefined, existing);
    const onPage = await prepareImport(bytes, 'journal.json', undefined, existing);
    expect(inWorker).toEqual(onPage);
    expect((inWorker as Extract<PrepareResult, { kind: 'ready' }>).plan.reflections.new).toHaveLength(
      PART_SIZE * 2 + 1,
    );
    // The file as chosen (a Blob, read in the worker) plans the same import as its bytes.
    const fromFile = await client.prepareImport(
      new NodeBlob([bytes]) as Blob,
      'journal.json',
      undefined,
      existing,
    );
    expect(fromFile).toEqual(onPage);
    const run = worker.sent.at(-1);
    expect(run?.type === 'run' && run.job.op === 'prepare-import' && run.job.file).toBeInstanceOf(NodeBlob);
  });
});

describe('data worker client: errors come back as the person saw them before', () => {
  it('a file that is not JSON: the same ImportFileError and message', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const bytes = new TextEncoder().encode('{"format": "influence-journal", ');
    const here = await rejectionOf(prepareImport(bytes, 'broken.json', undefined, emptyJournal));
    const there = await rejectionOf(client.prepareImport(bytes, 'broken.json', undefined, emptyJournal));
    expect(there).toBeInstanceOf(ImportFileError);
    expect((there as Error).message).toBe((here as Error).message);
    expect((there as Error).message).not.toBe('');
  });

  it('an invalid record: the message names the same record and field', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const file = await buildExportFile('json', snapshotOf(reflections(2)), everything, context);
    const broken = text(file).replace('"Figures for launch 2"', '42');
    const bytes = new TextEncoder().encode(broken);
    const there = await rejectionOf(client.prepareImport(bytes, 'bad.json', undefined, emptyJournal));
    expect(there).toBeInstanceOf(ImportFileError);
    expect((there as Error).message).toMatch(/^This file cannot be imported\. Reflection 2 \(id /);
    expect((there as Error).message).toBe(
      ((await rejectionOf(prepareImport(bytes, 'bad.json', undefined, emptyJournal))) as Error).message,
    );
  });

  it('a wrong passphrase: the same message, and the file can be tried again', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const envelope = await encryptText('{"format":"influence-journal"}', 'correct horse battery', {
      iterations: 100_000,
    });
    const bytes = new TextEncoder().encode(JSON.stringify(envelope));
    expect(await client.prepareImport(bytes, 'secret.json', undefined, emptyJournal)).toEqual({
      kind: 'needs-passphrase',
    });
    const there = await rejectionOf(client.prepareImport(bytes, 'secret.json', 'wrong horse', emptyJournal));
    expect(there).toBeInstanceOf(ImportFileError);
    expect((there as Error).message).toBe(WRONG_PASSPHRASE_MESSAGE);
  });

  it('an export that cannot be made: the same message as on the page', async () => {
    const client = new DataWorkerClient(fakeWorker);
    const snapshot = snapshotOf(reflections(1).map((r) => ({ ...r, asked: 'x'.repeat(100_000) })));
    const here = await rejectionOf(buildExportFile('json', snapshot, everything, context));
    const there = await rejectionOf(client.exportFile('json', snapshot, everything, context));
    expect((there as Error).message).toMatch(/^The export could not be made\. Reflection 1/);
    expect((there as Error).message).toBe((here as Error).message);
  });

  it('a worker that stops fails the job in flight with a message, and the next job starts a new worker', async () => {
    const workers: ReturnType<typeof fakeWorker>[] = [];
    const client = new DataWorkerClient(() => {
      const worker = fakeWorker();
      workers.push(worker);
      return worker;
    });
    const job = client.exportFile('json', snapshotOf(reflections(1)), everything, context);
    workers[0]?.fail('out of memory');
    expect(((await rejectionOf(job)) as Error).message).toBe('The data worker stopped: out of memory.');
    // Ended, so that nothing it was still doing goes on after the page was told it failed.
    expect(workers[0]?.terminated).toBe(1);
    const again = await client.exportFile('json', snapshotOf(reflections(1)), everything, context);
    expect(again.reflectionCount).toBe(1);
    expect(workers).toHaveLength(2);
  });
});
