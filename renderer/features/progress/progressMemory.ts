import {
  summariseMonth,
  summariseMonthByRelationship,
  type MonthSummary,
} from '../../../shared/progress/monthSummary';
import type { ProgressMonth } from '../../../shared/progress/progressMonth';
import type { ProgressRepository, ProgressWrites } from '../../db/repositories/progressRepository';

/** How many months one background read takes: a year of facts, so no slice holds the page for long. */
export const MONTH_SLICE = 12;

export interface ProgressMemorySnapshot {
  /**
   * The months read so far (by `YYYY-MM`: their facts in columns): every month from `heldFrom`
   * on, or null until the first slice (the newest months) has been read.
   */
  readonly months: ReadonlyMap<string, ProgressMonth> | null;
  /**
   * Each month's summary of all its facts (`summariseMonth`), made once when the month is read or
   * patched: what an unfiltered range is summed from. Null exactly when `months` is.
   */
  readonly summaries: ReadonlyMap<string, MonthSummary> | null;
  /**
   * Each month's summaries per relationship (`summariseMonthByRelationship`), made once every month
   * has been read (so they never delay the months), and again for a patched month: what a
   * relationship filter is summed from. A month without them yet is summarised under the filter.
   */
  readonly relationshipSummaries: ReadonlyMap<string, ReadonlyMap<string, MonthSummary>> | null;
  /**
   * The memory holds every month from this one (`YYYY-MM`) on; '' once it holds every month of the
   * journal. Null while `months` is. The newest months are read first, so the default ranges are
   * in memory after the first slice.
   */
  readonly heldFrom: string | null;
  /** 'idle' before `load`, 'failed' once a read has failed (the page then reads for itself). */
  readonly state: 'idle' | 'loading' | 'failed';
}

/** True when the memory holds every month of a range starting on `from` (null: from the first). */
export function memoryHolds(snapshot: ProgressMemorySnapshot, from: string | null): boolean {
  const { heldFrom } = snapshot;
  if (snapshot.state === 'failed' || snapshot.months === null || heldFrom === null) return false;
  return heldFrom === '' || (from !== null && from.slice(0, 7) >= heldFrom);
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

const empty: ProgressMemorySnapshot = {
  months: null,
  summaries: null,
  relationshipSummaries: null,
  heldFrom: null,
  state: 'idle',
};

/**
 * Every fact Progress draws from, read once (a month of facts per record, newest first, a year a
 * slice) and then kept in memory, so changing the range or a filter is a computation over memory
 * rather than a read. Each committed write to the Progress tables, here or in another tab, is
 * patched in by re-reading exactly the months it names (a write that names a range of keys makes
 * the memory read everything again).
 */
export function createProgressMemory(repository: ProgressRepository): ProgressMemory {
  let snapshot: ProgressMemorySnapshot = empty;
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
      publish({ ...empty, state: 'failed' });
    });
  };

  const readEverything = () => {
    const mine = generation;
    enqueue(async () => {
      // Measured from here to each publication, so a profile shows when the page could draw from it.
      const start = performance.now();
      const months = new Map<string, ProgressMonth>();
      const summaries = new Map<string, MonthSummary>();
      for (let before: string | null = null; ;) {
        const slice = await repository.monthsBefore(before, MONTH_SLICE);
        if (mine !== generation) return;
        for (const month of slice) {
          months.set(month.month, month);
          summaries.set(month.month, summariseMonth(month));
        }
        const done = slice.length < MONTH_SLICE;
        before = slice.at(-1)?.month ?? before;
        // Published after the first slice (the recent ranges can draw from it) and once whole;
        // not after every slice, since each publication makes the page's reports anew.
        if (done || snapshot.months === null) {
          publish({ months: new Map(months), summaries: new Map(summaries), heldFrom: done ? '' : before });
          performance.measure(done ? 'progress:memory-whole' : 'progress:memory-newest', { start });
        }
        if (done) break;
        await nextTask();
      }
      // Then each month's summaries per relationship, a slice at a time, for the filters. A task
      // per slice, not an idle moment: idle comes only after frames, and a filter chosen right
      // after "All time" found them unmade and summed every month under it itself (78 ms at 50,000
      // against 7-23). A slice is a few milliseconds, so a click still comes between two.
      const byRelationship = new Map<string, ReadonlyMap<string, MonthSummary>>();
      const keys = [...months.keys()];
      for (let at = 0; at < keys.length; at += MONTH_SLICE) {
        await nextTask();
        if (mine !== generation) return;
        // Patches wait on the same chain, so the months read are still the ones in memory.
        for (const key of keys.slice(at, at + MONTH_SLICE)) {
          byRelationship.set(key, summariseMonthByRelationship(months.get(key) as ProgressMonth));
        }
      }
      publish({ relationshipSummaries: byRelationship });
      performance.measure('progress:memory-relationships', { start });
    });
  };

  const patch = (written: ProgressWrites) => {
    if (!started || snapshot.state === 'failed') return;
    if (written.months === 'all') {
      generation += 1;
      publish({ ...empty, state: snapshot.state });
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
      const relationshipSummaries = new Map(snapshot.relationshipSummaries);
      // A slice of months per task, as the first read does: an import names every month it wrote.
      for (let from = 0; from < keys.length; from += MONTH_SLICE) {
        if (from > 0) await nextTask();
        if (mine !== generation) return;
        for (let index = from; index < Math.min(keys.length, from + MONTH_SLICE); index += 1) {
          const key = keys[index] as string;
          const month = stored[index];
          if (month === undefined) {
            months.delete(key);
            summaries.delete(key);
            relationshipSummaries.delete(key);
          } else {
            months.set(key, month);
            summaries.set(key, summariseMonth(month));
            relationshipSummaries.set(key, summariseMonthByRelationship(month));
          }
        }
      }
      publish({ months, summaries, relationshipSummaries });
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
