import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { ImportPlan } from '../../../shared/data/planImport';
import { journalNamed } from '../../db/repositories/journalReadInParts';
import { buildExportFile } from './exportFiles';
import { exportJournal } from './exportJournal';
import { prepareImport } from './importFlow';
import { bytesOf } from './chosenFileBytes';
import { applyImportHere, WORKER_IMPORT_WRITE_STEP } from './workerImport';
import {
  inParts,
  toCrossingError,
  type AppliedImport,
  type CrossingMeasure,
  type DataJob,
  type FromDataWorker,
  type PartKey,
  type ToDataWorker,
} from './dataWorkerProtocol';

type Post = (message: FromDataWorker, transfer?: Transferable[]) => void;

const utf8 = new TextEncoder();

/** The one plan the worker keeps between a preview and "Import"; a newer preview replaces it. */
interface KeptPlan {
  readonly id: number;
  readonly plan: ImportPlan;
}

/** An import asked for a plan that is gone: discarded, already written, or kept by a worker that stopped. */
export const PLAN_GONE_MESSAGE = 'This import is no longer prepared: choose the file again.';
/** How many written reflections one message carries back to the page after an import. */
export const WRITTEN_PART_SIZE = 100;

export const IMPORT_RUNNING_MESSAGE = 'An import is already running: wait for it to finish.';

/** The worker's `data:import-` measures since `since`, taken off its timeline, for the page's. */
function takeImportMeasures(since: number): CrossingMeasure[] {
  if (typeof performance.getEntriesByType !== 'function') return [];
  const taken = performance
    .getEntriesByType('measure')
    .filter((entry) => entry.name.startsWith('data:import-') && entry.startTime >= since);
  for (const { name } of taken) performance.clearMeasures(name);
  return taken.map((entry) => ({
    name: entry.name,
    startedAt: performance.timeOrigin + entry.startTime,
    duration: entry.duration,
    detail: (entry as PerformanceMeasure).detail ?? null,
  }));
}

/**
 * The data worker's side: collects each job's parts, runs the job when told, and answers with its
 * result or the error it threw (by name and message, so the page shows the same words). An import's
 * plan stays here between the preview and "Import": the page is sent its counts only.
 */
export function createDataJobHandler(post: Post): (message: ToDataWorker) => Promise<void> {
  const pending = new Map<number, Map<PartKey, unknown[]>>();
  let kept: KeptPlan | null = null;
  // What the last import wrote, until the page takes it for its counts or another preview begins.
  let written: { readonly id: number; readonly reflections: readonly Reflection[] } | null = null;
  let importing = false;

  /** Runs one job with its parts put back in place; the same functions the page ran before. */
  async function runJob(job: DataJob, parts: Map<PartKey, unknown[]>, jobId: number): Promise<void> {
    if (job.op === 'export') {
      const reflections = (parts.get('reflections') ?? []) as Reflection[];
      const file = await buildExportFile(
        job.kind,
        { ...job.snapshot, reflections },
        job.options,
        job.context,
      );
      // Text goes back as UTF-8 bytes, handed over rather than copied: the same file, for a fraction
      // of the page's time. Saving takes text or bytes alike.
      const data = typeof file.data === 'string' ? utf8.encode(file.data) : file.data;
      post(
        { type: 'done', jobId, result: { ...file, data } },
        data instanceof Uint8Array ? [data.buffer as ArrayBuffer] : [],
      );
      return;
    }
    if (job.op === 'export-journal') {
      const file = await exportJournal(journalNamed(job.databaseName), job.request);
      // Bytes are handed over, not copied; a Blob crosses as a reference to its bytes, never copied.
      const transfer = file.data instanceof Uint8Array ? [file.data.buffer as ArrayBuffer] : [];
      post({ type: 'done', jobId, result: file }, transfer);
      return;
    }
    if (job.op === 'apply-import') {
      post({ type: 'done', jobId, result: await applyKept(job.planId, job.databaseName) });
      return;
    }
    if (job.op === 'take-written') {
      const found = written?.id === job.planId ? written : null;
      written = null;
      // In parts, so the page copies each in a task of its own; smaller than the page's parts, since
      // they arrive one after another after the commit (50,000 in parts of 250: page tasks of
      // 0.7-1 s at load 12-15).
      for (const items of inParts(found?.reflections ?? [], WRITTEN_PART_SIZE))
        post({ type: 'part', jobId, key: 'written', items });
      post({ type: 'done', jobId, result: { found: found !== null } });
      return;
    }
    const existingReflections = (parts.get('existingReflections') ?? []) as [
      string,
      { readonly updatedAt: string; readonly revision?: number },
    ][];
    const existing = { ...job.existing, reflections: new Map(existingReflections) };
    const bytes = await bytesOf(job.file, job.fileName);
    const result = await prepareImport(bytes, job.fileName, job.passphrase, existing);
    if (result.kind !== 'ready') {
      post({ type: 'done', jobId, result });
      return;
    }
    // Kept here; the page is sent the plan without its reflections (their counts say how many).
    kept = { id: jobId, plan: result.plan };
    written = null;
    const { reflections } = result.plan;
    const plan = { ...result.plan, reflections: { ...reflections, new: [], updated: [] } };
    post({ type: 'done', jobId, result: { ...result, plan, heldBy: jobId } });
  }

  /**
   * Writes the kept plan with the page's own applyImport, over this worker's connection to the
   * same journal. It is given up only once written: after a failure "Import" can be tried again.
   */
  async function applyKept(planId: number, databaseName: string): Promise<AppliedImport> {
    if (importing) throw new Error(IMPORT_RUNNING_MESSAGE);
    if (kept?.id !== planId) throw new Error(PLAN_GONE_MESSAGE);
    const { plan } = kept;
    importing = true;
    const since = performance.now();
    try {
      const counts = await applyImportHere(databaseName, plan, WORKER_IMPORT_WRITE_STEP);
      if (kept?.id === planId) kept = null;
      written = { id: planId, reflections: [...plan.reflections.new, ...plan.reflections.updated] };
      return { ...counts, measures: takeImportMeasures(since) };
    } finally {
      importing = false;
    }
  }

  return async (message) => {
    if (message.type === 'discard-import') {
      // Not while it is being written: the transaction holds it until it ends either way.
      if (kept?.id === message.planId && !importing) kept = null;
      return;
    }
    const parts = pending.get(message.jobId) ?? new Map<PartKey, unknown[]>();
    pending.set(message.jobId, parts);
    if (message.type === 'part') {
      const list = parts.get(message.key) ?? [];
      for (const item of message.items) list.push(item);
      parts.set(message.key, list);
      return;
    }
    pending.delete(message.jobId);
    try {
      await runJob(message.job, parts, message.jobId);
    } catch (error) {
      post({ type: 'failed', jobId: message.jobId, error: toCrossingError(error) });
    }
  };
}
