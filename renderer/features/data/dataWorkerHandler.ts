import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { journalNamed } from '../../db/repositories/journalReadInParts';
import { buildExportFile } from './exportFiles';
import { exportJournal } from './exportJournal';
import { prepareImport } from './importFlow';
import { bytesOf } from './chosenFileBytes';
import {
  inParts,
  toCrossingError,
  type DataJob,
  type FromDataWorker,
  type PartKey,
  type ToDataWorker,
} from './dataWorkerProtocol';

type Post = (message: FromDataWorker, transfer?: Transferable[]) => void;

const utf8 = new TextEncoder();

/** Runs one job with its parts put back in place; the same functions the page ran before. */
async function runJob(job: DataJob, parts: Map<PartKey, unknown[]>, post: Post, jobId: number) {
  if (job.op === 'export') {
    const reflections = (parts.get('reflections') ?? []) as Reflection[];
    const file = await buildExportFile(job.kind, { ...job.snapshot, reflections }, job.options, job.context);
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
  const { reflections } = result.plan;
  for (const key of ['new', 'updated'] as const) {
    for (const items of inParts(reflections[key])) post({ type: 'part', jobId, key, items });
  }
  const plan = { ...result.plan, reflections: { ...reflections, new: [], updated: [] } };
  post({ type: 'done', jobId, result: { ...result, plan } });
}

/**
 * The data worker's side: collects each job's parts, runs the job when told, and answers with its
 * result or the error it threw (by name and message, so the page shows the same words).
 */
export function createDataJobHandler(post: Post): (message: ToDataWorker) => Promise<void> {
  const pending = new Map<number, Map<PartKey, unknown[]>>();
  return async (message) => {
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
      await runJob(message.job, parts, post, message.jobId);
    } catch (error) {
      post({ type: 'failed', jobId: message.jobId, error: toCrossingError(error) });
    }
  };
}
