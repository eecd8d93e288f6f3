import type { JsonExportPart } from '../../../shared/data/jsonExportPart';
import { JournalDatabase } from '../../db/JournalDatabase';
import { partBounds, type ReadHandOff } from '../../db/repositories/journalReadInParts';
import type { CrossingError } from './dataWorkerProtocol';
import { buildExportShare, type ExportShareJob, type ExportSharePiece } from './exportShare';

/**
 * A large JSON export is read and written in shares: the data worker keeps the first share of the
 * journal's keys and other workers each read and write one of the rest, on the other core, at the
 * same time; the data worker puts their runs of lines after its own and writes the file's head
 * from every reflection written (jsonExportStream.addPart). The bytes are the same as with one
 * worker.
 *
 * One moment of the journal: each share reads in a read transaction of its own. A write that
 * changes the journal cannot commit while a read transaction of its scope is open, and a read
 * transaction asked for after a write cannot begin before that write has committed. So a share
 * whose transaction began while the data worker's was still open sees the journal exactly as the
 * data worker does. The data worker notes, once its own share is read (its transaction still open,
 * held open up to HOLD_OPEN_MS for a share still starting), whether every share has said its
 * transaction began; if one had not, the export is made again with one worker, in one transaction. Disjoint key ranges alone would already keep a reflection
 * from going out twice or being dropped; the check keeps the head (people, plans) and every
 * reflection from two different moments.
 */

/** How many workers besides the data worker share a large export (measured: docs/benchmarks.md, G5). */
export const EXPORT_SHARES = 1;

/**
 * The fewest logical cores on which a large export is shared. On two cores the second worker
 * competes with the browser's own IndexedDB reading and the page for the same cores, and the
 * export took longer with it (3.5-3.9 s alone against 4.0-5.7 s shared at 50,000 in the same
 * hour: docs/benchmarks.md, G5, sixteenth session).
 */
export const SHARE_MIN_CORES = 4;

/** How many other workers share an export on a machine with `cores` logical cores (unknown: none). */
export function sharesOn(cores: number | undefined): number {
  return cores !== undefined && cores >= SHARE_MIN_CORES ? EXPORT_SHARES : 0;
}

/** Below this many reflections a share, one worker reads and writes the file alone. */
export const SHARE_MIN_REFLECTIONS = 2_000;

/**
 * How long the data worker keeps its read transaction open after its own share, at most, for a
 * share whose transaction has not begun yet (a worker still starting on a loaded machine). A write
 * asked for in between keeps the share from beginning: then the export is made again alone.
 */
export const HOLD_OPEN_MS = 3_000;

/** Reads and writes one share somewhere else: in another worker, or (tests, no workers) here. */
export interface ShareRunner {
  /** Resolves with the share's runs; `started` is called once its read transaction has begun. */
  run(job: ExportShareJob, started: () => void): Promise<JsonExportPart<ExportSharePiece>>;
  /** Stops the share's work, if any is left (the runner is not used again). */
  stop(): void;
}

export type StartShareRunner = (databaseName: string) => ShareRunner;

export type ToShareWorker =
  | { readonly type: 'open'; readonly databaseName: string }
  | { readonly type: 'run'; readonly databaseName: string; readonly job: ExportShareJob };

export type FromShareWorker =
  | { readonly type: 'started' }
  | { readonly type: 'done'; readonly part: JsonExportPart<ExportSharePiece> }
  | { readonly type: 'failed'; readonly error: CrossingError };

/** A share in a worker of its own, started (and its journal opened) before its keys are known. */
export const startShareWorker: StartShareRunner = (databaseName) => {
  const worker = new Worker(new URL('./exportShareWorker.ts', import.meta.url), {
    type: 'module',
    // Named as the data worker is: the benchmark counts the heap of every worker of that name.
    name: 'data',
  });
  worker.postMessage({ type: 'open', databaseName } satisfies ToShareWorker);
  return {
    run: (job, started) =>
      new Promise((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<FromShareWorker>) => {
          if (data.type === 'started') started();
          else if (data.type === 'done') resolve(data.part);
          else reject(Object.assign(new Error(data.error.message), { name: data.error.name }));
        };
        worker.onerror = (event) =>
          reject(new Error(`The export worker stopped: ${event.message || 'it could not run'}.`));
        worker.postMessage({ type: 'run', databaseName, job } satisfies ToShareWorker);
      }),
    stop: () => worker.terminate(),
  };
};

/** A share read here, on a connection of its own (where there are no workers, and in tests). */
export const startShareHere: StartShareRunner = (databaseName) => {
  const db = new JournalDatabase(databaseName);
  let stopped = false;
  return {
    run: async (job, started) => {
      try {
        return await buildExportShare(db, job, () => !stopped && started());
      } finally {
        db.close();
      }
    },
    stop: () => {
      stopped = true;
      db.close();
    },
  };
};

/** What a share job needs besides its ranges. */
export type ShareJobBase = Omit<ExportShareJob, 'ranges'>;

/**
 * The shares of one export, as readJournalInParts' hand-off: it keeps the first share of the keys
 * and hands each other share to its runner. `parts()` gives their runs in key order once read,
 * or null when a share's transaction began too late to be sure of one moment (make the export
 * again with one worker). A share's failure stops the others and is thrown once, by `failure()`
 * while reading, or by `parts()`.
 */
export interface ExportShares extends ReadHandOff {
  /** What every share's job holds besides its ranges (known once the head of the journal is read). */
  describe(base: ShareJobBase): void;
  /** Throws the first share's failure, if one has failed (call before working on each part). */
  failure(): void;
  parts(): Promise<JsonExportPart<ExportSharePiece>[] | null>;
  stop(): void;
}

export function shareExport(
  runners: readonly ShareRunner[],
  partSize: number,
  minimum: number = SHARE_MIN_REFLECTIONS,
  holdOpenMs: number = HOLD_OPEN_MS,
): ExportShares {
  const running: Promise<JsonExportPart<ExportSharePiece>>[] = [];
  let began = 0;
  let oneMoment = false;
  let failed: Error | null = null;
  let base: ShareJobBase | null = null;
  const stop = () => {
    for (const runner of runners) runner.stop();
  };
  return {
    describe(job) {
      base = job;
    },
    keep(keys) {
      const shares = runners.length + 1;
      if (base === null || runners.length === 0 || keys.length < shares * minimum) {
        stop();
        return keys.length;
      }
      // Whole parts to each share but the last, so no share reads a short part in its middle.
      const size = Math.ceil(keys.length / shares / partSize) * partSize;
      runners.forEach((runner, index) => {
        const ranges = partBounds(keys.slice((index + 1) * size, (index + 2) * size), partSize);
        const share = runner.run({ ...(base as ShareJobBase), ranges }, () => (began += 1));
        share.catch((error: unknown) => {
          if (failed !== null) return;
          failed = error instanceof Error ? error : new Error(String(error));
          stop();
        });
        running.push(share);
      });
      return size;
    },
    waiting: () => failed === null && began < running.length,
    holdOpenMs,
    lastPart() {
      oneMoment = began === running.length;
    },
    failure() {
      if (failed !== null) throw failed;
    },
    async parts() {
      if (running.length === 0) return [];
      const parts = await Promise.all(running);
      return oneMoment ? parts : null;
    },
    stop,
  };
}
