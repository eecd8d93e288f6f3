import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { JournalDatabase } from '../../db/JournalDatabase';
import type { ProgressRepository } from '../../db/repositories/progressRepository';
import { createProgressMemory, type ProgressMemory, type ProgressMemorySnapshot } from './progressMemory';

// One memory per journal, kept while the page lives: coming back to Progress draws from it at once.
const memories = new WeakMap<JournalDatabase, ProgressMemory>();

export function progressMemoryFor(db: JournalDatabase, repository: ProgressRepository): ProgressMemory {
  let memory = memories.get(db);
  if (memory === undefined) {
    memory = createProgressMemory(repository);
    memories.set(db, memory);
  }
  return memory;
}

/**
 * The journal's Progress memory. Its background read starts once `drawn` is true (set after the
 * paint that shows the first figures), so the first view never waits for it.
 */
export function useProgressMemory(
  db: JournalDatabase,
  repository: ProgressRepository,
  drawn: boolean,
): ProgressMemorySnapshot {
  const memory = useMemo(() => progressMemoryFor(db, repository), [db, repository]);
  useEffect(() => {
    if (drawn) memory.load();
  }, [memory, drawn]);
  return useSyncExternalStore(memory.subscribe, memory.getSnapshot);
}
