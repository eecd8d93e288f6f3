import type { ProgressDayRecord, ProgressFactRecord } from '../../db/records';
import type { ProgressRepository, ProgressWrites } from '../../db/repositories/progressRepository';

/** How many records one background read takes: small enough that no slice holds the page for long. */
export const DAY_SLICE = 400;
export const FACT_SLICE = 2_000;

export interface ProgressMemorySnapshot {
  /** Every day rollup, or null until all have been read. */
  readonly days: ReadonlyMap<string, ProgressDayRecord> | null;
  /** Every fact, or null until all have been read (they are read after the days). */
  readonly facts: ReadonlyMap<string, ProgressFactRecord> | null;
  /** The facts of the reflections a plan looked back on, or null until read. */
  readonly plannedFacts: readonly ProgressFactRecord[] | null;
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
 * Everything Progress draws from, read once in slices and then kept in memory, so changing the
 * range or a filter is a computation over memory rather than a read. Each committed write to the
 * Progress tables, here or in another tab, is patched in by re-reading exactly the days and facts
 * it names (a write that names a range of keys makes the memory read everything again).
 */
export function createProgressMemory(repository: ProgressRepository): ProgressMemory {
  let snapshot: ProgressMemorySnapshot = { days: null, facts: null, plannedFacts: null, state: 'idle' };
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
      publish({ days: null, facts: null, plannedFacts: null, state: 'failed' });
    });
  };

  const readEverything = () => {
    const mine = generation;
    enqueue(async () => {
      const planned = await repository.plannedFacts();
      if (mine !== generation) return;
      publish({ plannedFacts: planned });
      const days = new Map<string, ProgressDayRecord>();
      for (let after: string | null = null; ;) {
        const slice = await repository.daysAfter(after, DAY_SLICE);
        if (mine !== generation) return;
        for (const day of slice) days.set(day.day, day);
        if (slice.length < DAY_SLICE) break;
        after = slice.at(-1)?.day ?? null;
        await nextTask();
      }
      publish({ days });
      const facts = new Map<string, ProgressFactRecord>();
      for (let after: string | null = null; ;) {
        await nextTask();
        const slice = await repository.factsAfter(after, FACT_SLICE);
        if (mine !== generation) return;
        for (const fact of slice) facts.set(fact.id, fact);
        if (slice.length < FACT_SLICE) break;
        after = slice.at(-1)?.id ?? null;
      }
      publish({ facts });
    });
  };

  const patch = (written: ProgressWrites) => {
    if (!started || snapshot.state === 'failed') return;
    if (written.days === 'all' || written.facts === 'all') {
      generation += 1;
      publish({ days: null, facts: null, plannedFacts: null });
      readEverything();
      return;
    }
    const { days: dayKeys, facts: factIds, plans } = written;
    const mine = generation;
    enqueue(async () => {
      const [days, facts, planned] = await Promise.all([
        repository.daysNamed(dayKeys),
        repository.factsNamed(factIds),
        plans || factIds.length > 0 ? repository.plannedFacts() : Promise.resolve(null),
      ]);
      if (mine !== generation) return;
      const next: { -readonly [K in keyof ProgressMemorySnapshot]?: ProgressMemorySnapshot[K] } = {};
      if (snapshot.state === 'failed') return;
      if (snapshot.days !== null && dayKeys.length > 0) {
        const map = new Map(snapshot.days);
        dayKeys.forEach((key, index) => {
          const day = days[index];
          if (day === undefined) map.delete(key);
          else map.set(key, day);
        });
        next.days = map;
      }
      if (snapshot.facts !== null && factIds.length > 0) {
        const map = new Map(snapshot.facts);
        factIds.forEach((id, index) => {
          const fact = facts[index];
          if (fact === undefined) map.delete(id);
          else map.set(id, fact);
        });
        next.facts = map;
      }
      if (planned !== null && snapshot.plannedFacts !== null) next.plannedFacts = planned;
      publish(next);
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
