import { summariseMonth, type MonthSummary } from '../../../shared/progress/monthSummary';
import type { ProgressMonth } from '../../../shared/progress/progressMonth';
import type { ProgressRepository, ProgressWrites } from '../../db/repositories/progressRepository';

/** How many months one background read takes: a year of facts, so no slice holds the page for long. */
export const MONTH_SLICE = 12;

export interface ProgressMemorySnapshot {
  /** Every month's record (by `YYYY-MM`: its facts in columns), or null until all have been read. */
  readonly months: ReadonlyMap<string, ProgressMonth> | null;
  /**
   * Each month's summary of all its facts (`summariseMonth`), made once when the month is read or
   * patched: what an unfiltered range is summed from. Null exactly when `months` is.
   */
  readonly summaries: ReadonlyMap<string, MonthSummary> | null;
  /** 'idle' before `load`, 'failed' once a read has failed (the page then reads for itself). */
  readonly state: 'idle' | 'loading' | 'failed';
}

export interface ProgressMemory {
  /** Starts the background read, once; later calls do nothing. */
  load(): void;
  getSnapshot(): ProgressMemorySnapshot;
  subscribe(listener: () => void): () => void;
  /** Settles once every read started so far (and every patch) has landed: for tests. */
  settled(): Promise<void>;
  /** Stops listening for writes. */
  close(): void;
}

/** Lets the page breathe between slices, so a person's click is never queued behind the whole read. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every fact Progress draws from, read once (a month of facts per record, a year a slice) and
 * then kept in memory, so changing the range or a filter is a computation over memory rather than
 * a read. Each committed write to the Progress tables, here or in another tab, is patched in by
 * re-reading exactly the months it names (a write that names a range of keys makes the memory
 * read everything again).
 */
export function createProgressMemory(repository: ProgressRepository): ProgressMemory {
  let snapshot: ProgressMemorySnapshot = { months: null, summaries: null, state: 'idle' };
  const listeners = new Set<() => void>();
  let started = false;
  // Every read runs on one chain, so a patch always lands after the read it corrects.
  let chain: Promise<void> = Promise.resolve();
  // Bumped by a write that needs everything read again; a read of an older generation is dropped.
  let generation = 0;
  let closed = false;

  const publish = (next: Partial<ProgressMemorySnapshot>) => {
    snapshot = { ...snapshot, ...next };
    for (const listener of listeners) listener();
  };
  const enqueue = (step: () => Promise<void>) => {
    chain = chain.then(step).catch((error: unknown) => {
      if (closed) return;
      // A failed read leaves the memory empty, and the page reads from the journal as before; a
      // journal closed under it (switching journals) is no failure worth a message.
      if (!(error instanceof Error && error.name === 'DatabaseClosedError')) {
        console.error('Progress could not keep its figures in memory', error);
      }
      generation += 1;
      publish({ months: null, summaries: null, state: 'failed' });
    });
  };

  const readEverything = () => {
    const mine = generation;
    enqueue(async () => {
      const months = new Map<string, ProgressMonth>();
      const summaries = new Map<string, MonthSummary>();
      for (let after: string | null = null; ;) {
        const slice = await repository.monthsAfter(after, MONTH_SLICE);
        if (mine !== generation) return;
        for (const month of slice) {
          months.set(month.month, month);
          summaries.set(month.month, summariseMonth(month));
        }
        if (slice.length < MONTH_SLICE) break;
        after = slice.at(-1)?.month ?? null;
        await nextTask();
      }
      publish({ months, summaries });
    });
  };

  const patch = (written: ProgressWrites) => {
    if (!started || snapshot.state === 'failed') return;
    if (written.months === 'all') {
      generation += 1;
      publish({ months: null, summaries: null });
      readEverything();
      return;
    }
    const keys = written.months;
    if (keys.length === 0) return;
    const mine = generation;
    enqueue(async () => {
      const stored = await repository.monthsNamed(keys);
      if (mine !== generation || snapshot.state === 'failed' || snapshot.months === null) return;
      const months = new Map(snapshot.months);
      const summaries = new Map(snapshot.summaries);
      keys.forEach((key, index) => {
        const month = stored[index];
        if (month === undefined) {
          months.delete(key);
          summaries.delete(key);
        } else {
          months.set(key, month);
          summaries.set(key, summariseMonth(month));
        }
      });
      publish({ months, summaries });
    });
  };

  const unwatch = repository.watchWrites(patch);

  return {
    load() {
      if (started) return;
      started = true;
      publish({ state: 'loading' });
      readEverything();
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async settled() {
      let seen: Promise<void> | undefined;
      while (seen !== chain) {
        seen = chain;
        await chain;
      }
    },
    close() {
      closed = true;
      generation += 1;
      unwatch();
      listeners.clear();
    },
  };
}
