import { ImportFileError } from '../../../shared/data/importErrors';
import type { ExportOptions } from '../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import type { ExistingJournal } from '../../../shared/data/planImport';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import {
  buildExportFile as buildExportFileHere,
  type ExportContext,
  type ExportFile,
  type ExportKind,
} from './exportFiles';
import {
  exportJournal as exportJournalHere,
  type JournalExportRequest,
  type JournalExportResult,
} from './exportJournal';
import { prepareImport as prepareImportHere, type PrepareResult } from './importFlow';
import type { JournalDatabase } from '../../db/JournalDatabase';
import { bytesOf } from './chosenFileBytes';
import {
  inParts,
  type CrossingError,
  type DataJob,
  type DataJobResult,
  type FromDataWorker,
  type PartKey,
  type ToDataWorker,
} from './dataWorkerProtocol';

/** What the client needs of a Worker; tests pass a fake. */
export interface DataWorkerLike {
  postMessage(message: ToDataWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromDataWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  /** Ends the worker: what it was still doing (a transaction it had not committed) is undone. */
  terminate?(): void;
}

/** The same error the page threw before the work moved: an ImportFileError stays one. */
export function fromCrossingError({ name, message }: CrossingError): Error {
  if (name === 'ImportFileError') return new ImportFileError(message);
  const error = new Error(message);
  error.name = name;
  return error;
}

/** A macrotask: lets the page paint and answer input between two parts it sends. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface Outstanding {
  readonly parts: Map<PartKey, unknown[]>;
  readonly resolve: (result: DataJobResult) => void;
  readonly reject: (error: Error) => void;
}

/**
 * The page's side of the data worker. Each job sends its large lists in parts (one message each,
 * so no single copy holds the page), then the job; the answer comes back the same way.
 */
export class DataWorkerClient {
  private worker: DataWorkerLike | null = null;
  private nextJobId = 1;
  private readonly outstanding = new Map<number, Outstanding>();

  constructor(private readonly startWorker: () => DataWorkerLike) {}

  exportFile(
    kind: ExportKind,
    snapshot: JournalSnapshot,
    options: ExportOptions,
    context: ExportContext,
  ): Promise<ExportFile> {
    const job: DataJob = { op: 'export', kind, snapshot: { ...snapshot, reflections: [] }, options, context };
    return this.run(job, [['reflections', snapshot.reflections]]) as Promise<ExportFile>;
  }

  /** Reads the journal in the worker and builds the file there: the page only waits. */
  exportJournal(databaseName: string, request: JournalExportRequest): Promise<JournalExportResult> {
    return this.run({ op: 'export-journal', databaseName, request }, []) as Promise<JournalExportResult>;
  }

  /** `file` as chosen: a Blob reaches the worker without its bytes being copied, and is read there. */
  async prepareImport(
    file: Blob | Uint8Array,
    fileName: string,
    passphrase: string | undefined,
    existing: ExistingJournal,
  ): Promise<PrepareResult> {
    const job: DataJob = {
      op: 'prepare-import',
      file,
      fileName,
      passphrase,
      existing: { ...existing, reflections: new Map() },
    };
    const result = (await this.run(job, [
      ['existingReflections', [...existing.reflections]],
    ])) as PrepareResult;
    return result;
  }

  private ensureWorker(): DataWorkerLike {
    if (this.worker !== null) return this.worker;
    const worker = this.startWorker();
    worker.addEventListener('message', (event) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      // A worker that cannot start or has stopped fails every job in flight; the next job starts a new one.
      // It is ended too, so that nothing it was still doing goes on after the page was told it failed.
      worker.terminate?.();
      this.worker = null;
      const error = new Error(`The data worker stopped: ${event.message || 'it could not run'}.`);
      for (const job of this.outstanding.values()) job.reject(error);
      this.outstanding.clear();
    });
    this.worker = worker;
    return worker;
  }

  private async run(job: DataJob, lists: [PartKey, readonly unknown[]][]): Promise<DataJobResult> {
    const worker = this.ensureWorker();
    const jobId = this.nextJobId++;
    const answer = new Promise<DataJobResult>((resolve, reject) =>
      this.outstanding.set(jobId, { parts: new Map(), resolve, reject }),
    );
    // Handled here too: the worker may stop while parts are still being sent, before the caller awaits.
    answer.catch(() => undefined);
    const sendingAt = performance.now();
    for (const [key, list] of lists) {
      for (const items of inParts(list)) {
        if (!this.outstanding.has(jobId)) return answer;
        worker.postMessage({ type: 'part', jobId, key, items });
        await nextTask();
      }
    }
    performance.measure('data:send-parts', { start: sendingAt, end: performance.now() });
    if (this.outstanding.has(jobId)) worker.postMessage({ type: 'run', jobId, job });
    return answer;
  }

  private receive(message: FromDataWorker): void {
    const job = this.outstanding.get(message.jobId);
    if (job === undefined) return;
    if (message.type === 'part') {
      const list = job.parts.get(message.key) ?? [];
      for (const item of message.items) list.push(item);
      job.parts.set(message.key, list);
      return;
    }
    this.outstanding.delete(message.jobId);
    if (message.type === 'failed') return job.reject(fromCrossingError(message.error));
    job.resolve(withParts(message.result, job.parts));
  }
}

/** An import plan's lists of reflections, sent in parts, put back into the plan. */
function withParts(result: DataJobResult, parts: Map<PartKey, unknown[]>): DataJobResult {
  if (!('kind' in result) || result.kind !== 'ready') return result;
  const { reflections } = result.plan;
  const part = (key: PartKey) => (parts.get(key) ?? []) as Reflection[];
  return {
    ...result,
    plan: { ...result.plan, reflections: { ...reflections, new: part('new'), updated: part('updated') } },
  };
}

let shared: DataWorkerClient | null = null;

/** The page's one data worker, started on first use. */
function dataWorkerClient(): DataWorkerClient {
  shared ??= new DataWorkerClient(
    () => new Worker(new URL('./dataWorker.ts', import.meta.url), { type: 'module', name: 'data' }),
  );
  return shared;
}

/**
 * Builds one export file in the data worker, with the messages exportFiles.buildExportFile gives.
 * Where there are no workers (the unit tests' page), it builds the file here.
 */
export function buildExportFile(
  kind: ExportKind,
  snapshot: JournalSnapshot,
  options: ExportOptions,
  context: ExportContext,
): Promise<ExportFile> {
  if (typeof Worker === 'undefined') return buildExportFileHere(kind, snapshot, options, context);
  return dataWorkerClient().exportFile(kind, snapshot, options, context);
}

/**
 * Reads the journal and builds one export file in the data worker, which opens the same journal
 * the page shows. Where there are no workers (the unit tests' page), both happen here.
 */
export function exportJournalFile(
  db: JournalDatabase,
  request: JournalExportRequest,
): Promise<JournalExportResult> {
  if (typeof Worker === 'undefined') return exportJournalHere(db, request);
  // The worker's navigator says the same; the page's is the one a browser test can stand in for.
  return dataWorkerClient().exportJournal(db.name, { ...request, cores: navigator.hardwareConcurrency });
}

/**
 * Reads the chosen file and plans an import in the data worker, as importFlow.prepareImport does
 * (same errors). Where there are no workers (the unit tests' page), both happen here.
 */
export async function prepareImport(
  file: Blob,
  fileName: string,
  passphrase: string | undefined,
  existing: ExistingJournal,
): Promise<PrepareResult> {
  if (typeof Worker !== 'undefined')
    return dataWorkerClient().prepareImport(file, fileName, passphrase, existing);
  return prepareImportHere(await bytesOf(file, fileName), fileName, passphrase, existing);
}
