import { useEffect, useState } from 'react';

/**
 * Work that can wait until the first page has painted (reminder checks, the search worker)
 * asks here. On two cores everything started with the page competes with the page: the first
 * rows are what the person is waiting for. Without a start-up in progress (tests, a page
 * mounted on its own) everything may run at once.
 */
let settled: Promise<void> = Promise.resolve();
let isSettledNow = true;

/** Called by the entry point before rendering; `firstPaint` settles when the first rows are in. */
export function beginStartup(firstPaint: Promise<unknown>): void {
  isSettledNow = false;
  settled = firstPaint
    .then(
      () => afterNextPaint(),
      () => afterNextPaint(),
    )
    .then(() => {
      isSettledNow = true;
    });
}

export function whenStartupSettled(): Promise<void> {
  return settled;
}

/** True once the first page has painted; always true when no start-up is in progress. */
export function useStartupSettled(): boolean {
  const [isSettled, setSettled] = useState(() => isSettledNow);
  useEffect(() => {
    if (isSettled) return;
    let live = true;
    void settled.then(() => {
      if (live) setSettled(true);
    });
    return () => {
      live = false;
    };
  }, [isSettled]);
  return isSettled;
}

/**
 * Settles once a performance mark of one of these names exists (the journal marks
 * `list:interactive` when its first rows are on screen, the welcome `welcome:shown` on a first
 * start), or after `timeoutMs` in case none comes.
 */
export function whenMarked(names: string | readonly string[], timeoutMs: number): Promise<void> {
  const wanted = typeof names === 'string' ? [names] : names;
  const isMarked = (entries: (name: string) => PerformanceEntryList) =>
    wanted.some((name) => entries(name).length > 0);
  return new Promise((resolve) => {
    if (
      typeof PerformanceObserver !== 'function' ||
      isMarked((name) => performance.getEntriesByName(name, 'mark'))
    ) {
      resolve();
      return;
    }
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (isMarked((name) => list.getEntriesByName(name, 'mark'))) done();
    });
    observer.observe({ type: 'mark' });
    const timer = setTimeout(done, timeoutMs);
  });
}

function afterNextPaint(): Promise<void> {
  // A frame callback runs before the paint; a task queued from it runs after.
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function') {
      resolve();
      return;
    }
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
}
