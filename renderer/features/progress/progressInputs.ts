import { liveQuery } from 'dexie';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Person } from '../../../shared/domain/personSchema';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { Journal } from '../../db/JournalContext';
import type { JournalDatabase } from '../../db/JournalDatabase';
import { createProgressRepository } from '../../db/repositories/progressRepository';
import { createWeekStartRepository, type StoredWeekStart } from '../../db/repositories/weekStartRepository';

/**
 * What Progress builds its figures from besides the months: the people (their relationships feed
 * the sphere), the plans, the journal's first day and the stored first day of the week. Each is
 * undefined until first read.
 */
export interface ProgressInputsSnapshot {
  readonly people?: readonly Person[];
  readonly preparations?: readonly Preparation[];
  readonly firstDay?: string | null;
  readonly weekStart?: StoredWeekStart;
}

export interface ProgressInputs {
  /** Starts following the journal, once; later calls do nothing. */
  load(): void;
  getSnapshot(): ProgressInputsSnapshot;
  subscribe(listener: () => void): () => void;
  /** Stops following the journal. */
  close(): void;
}

/**
 * Progress's inputs besides the months, read live in the background (each its own live query, so
 * a save re-reads only what it touched), so the page's first render can build every figure at
 * once instead of rendering "Reading your journal…" and waiting for its own queries' first
 * answers: at 50,000 reflections those answers and the render between them were a third of the
 * open. The page keeps its own live queries; this only answers until they do.
 */
export function createProgressInputs(journal: Journal): ProgressInputs {
  let snapshot: ProgressInputsSnapshot = {};
  const listeners = new Set<() => void>();
  const subscriptions: { unsubscribe(): void }[] = [];
  let started = false;

  const follow = <K extends keyof ProgressInputsSnapshot>(
    key: K,
    query: () => Promise<ProgressInputsSnapshot[K]>,
  ) => {
    subscriptions.push(
      liveQuery(query).subscribe({
        next(value) {
          snapshot = { ...snapshot, [key]: value };
          for (const listener of listeners) listener();
        },
        // The page's own live query reads it again and reports the failure where it is shown.
        error(error: unknown) {
          if (!(error instanceof Error && error.name === 'DatabaseClosedError')) {
            console.error('Progress could not read ahead', error);
          }
        },
      }),
    );
  };

  return {
    load() {
      if (started) return;
      started = true;
      const progress = createProgressRepository(journal.db);
      const weekStart = createWeekStartRepository(journal.db);
      follow('people', () => journal.people.all());
      follow('preparations', () => journal.preparations.all());
      follow('firstDay', () => progress.firstDay());
      follow('weekStart', () => weekStart.read());
    },
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const subscription of subscriptions) subscription.unsubscribe();
      subscriptions.length = 0;
      listeners.clear();
    },
  };
}

// One per journal, kept for the page's life, like the Progress memory.
const kept = new WeakMap<JournalDatabase, ProgressInputs>();

export function progressInputsFor(journal: Journal): ProgressInputs {
  let inputs = kept.get(journal.db);
  if (inputs === undefined) {
    inputs = createProgressInputs(journal);
    kept.set(journal.db, inputs);
  }
  return inputs;
}

/** The journal's Progress inputs as read ahead, following the journal from the page's first render. */
export function useProgressInputs(journal: Journal): ProgressInputsSnapshot {
  const inputs = useMemo(() => progressInputsFor(journal), [journal]);
  useEffect(() => inputs.load(), [inputs]);
  return useSyncExternalStore(inputs.subscribe, inputs.getSnapshot);
}

/**
 * `value`, or the one before it while the two hold the same (as JSON): the page's own live answer
 * then replaces the answer read ahead without making every kept report anew and drawing again.
 * For the few people and plans, not for the months.
 */
export function useSteady<T>(value: T): T {
  const [steady, setSteady] = useState(value);
  const same = useMemo(
    () => value === steady || JSON.stringify(value) === JSON.stringify(steady),
    [value, steady],
  );
  if (!same) setSteady(value);
  return same ? steady : value;
}
