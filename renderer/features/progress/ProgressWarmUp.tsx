import { useEffect } from 'react';
import { whenIdle } from '../../app/whenIdle';
import { useJournal } from '../../db/JournalContext';
import { createProgressRepository } from '../../db/repositories/progressRepository';
import { progressInputsFor } from './progressInputs';
import { localToday } from './progressFormat';
import { progressMemoryFor } from './useProgressMemory';

/**
 * Gets Progress ready in the background once start-up has settled: its code loads and its memory
 * reads every month record (a few dozen records, in slices that let the page breathe), so opening
 * Progress, and every range or filter there, draws from memory instead of reading first. The
 * memory then follows every write, here or in another tab, as it does once Progress has opened.
 * Renders nothing.
 */
export function ProgressWarmUp() {
  const journal = useJournal();
  const { db } = journal;
  useEffect(
    () =>
      whenIdle(() => {
        progressMemoryFor(db, createProgressRepository(db)).load();
        // The people, plans, first day and week start the page builds from, followed live.
        progressInputsFor(journal).load();
        // The first local date in the viewer's zone makes its formatter, which costs a first
        // render at Progress 15-20 ms otherwise.
        localToday();
        // The page's own code, so the first visit does not wait for it either.
        void import('./ProgressPage');
      }),
    [db, journal],
  );
  return null;
}
