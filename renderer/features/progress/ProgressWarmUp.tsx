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
  useEffect(() => {
    // The reads start at once rather than in an idle moment: search starts when start-up settles
    // too, and its work left no idle moment until it was ready, so on a journal whose search is
    // quick to load (10,000 reflections) Progress could be opened before its memory had begun
    // and drew the slow way (reading for itself), slower than on a journal five times larger.
    // The reads are asynchronous and the memory summarises a year of months per task.
    progressMemoryFor(db, createProgressRepository(db)).load();
    // The people, plans, first day and week start the page builds from, followed live.
    progressInputsFor(journal).load();
    // The page's own code, so the first visit does not wait for it either.
    void import('./ProgressPage');
    // The first local date in the viewer's zone makes its formatter, which costs a first render
    // at Progress 15-20 ms otherwise.
    return whenIdle(() => localToday());
  }, [db, journal]);
  return null;
}
