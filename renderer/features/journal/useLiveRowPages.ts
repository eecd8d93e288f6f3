import { liveQuery, type Subscription } from 'dexie';
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ListRowRecord } from '../../db/records';
import { whenIdle } from '../../app/whenIdle';
import { joinPages } from './joinPages';

/** Where a paged list reads its rows from (all reflections, or drafts only). */
export interface RowPageSource {
  /** The newest `limit` rows below `beforeSortKey`: a bounded read that finds where a new page ends. */
  readPage(limit: number, beforeSortKey: number): Promise<ListRowRecord[]>;
  /** Every row with lower <= sortKey < upper, newest first: how a loaded page stays live. */
  readRange(lowerSortKey: number, upperSortKey: number): Promise<ListRowRecord[]>;
  /** The newest `limit` rows if they are already read (at start-up), so the first render has them. */
  takeReadFirstPage?(limit: number): readonly ListRowRecord[] | undefined;
}

interface LoadedPage {
  readonly lower: number;
  readonly upper: number;
  readonly rows: readonly ListRowRecord[];
}

export interface LiveRowPages {
  /** Every loaded row, newest first. */
  rows: readonly ListRowRecord[];
  /** The same rows page by page: each array stays the same object until that page changes. */
  pageRows: readonly (readonly ListRowRecord[])[];
  /** The first page has been read (rows may still be empty). */
  hasLoaded: boolean;
  /** There are no older rows to load. */
  isComplete: boolean;
  isLoadingMore: boolean;
  loadMore: () => void;
}

const pageKey = (page: Pick<LoadedPage, 'lower' | 'upper'>) => `${page.lower}:${page.upper}`;

/** The page a bounded read of `limit` rows below `upper` found. */
function pageOf(rows: readonly ListRowRecord[], limit: number, upper: number): LoadedPage {
  const lastRow = rows.at(-1);
  const lower = rows.length < limit || lastRow === undefined ? -Infinity : lastRow.sortKey;
  return { lower, upper, rows };
}

function isSameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return a === b;
}

function isSameRows(a: readonly ListRowRecord[], b: readonly ListRowRecord[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, index) => {
      const other = b[index];
      return (
        other !== undefined &&
        Object.entries(row).every(([key, value]) => isSameValue(value, other[key as keyof ListRowRecord]))
      );
    })
  );
}

/**
 * Pages of list rows that tile the sort-key line: page 0 is [lower0, +Infinity), page n is
 * [lower_n, lower_n-1). A page is first found with a bounded `readPage`, then kept live by
 * its range, so a save from another window lands in the page it belongs to and no row falls
 * between pages. Each page has its own subscription: a change re-reads one page, never the
 * whole loaded journal.
 */
export function useLiveRowPages(
  source: RowPageSource,
  /** Rows in the first page (small, so it paints fast) and in each later one. */
  pageSizes: { readonly first: number; readonly next: number },
  onError: (error: unknown) => void,
): LiveRowPages {
  const [pages, setPages] = useState<readonly LoadedPage[]>(() => {
    const ready = source.takeReadFirstPage?.(pageSizes.first);
    return ready === undefined ? [] : [pageOf(ready, pageSizes.first, Infinity)];
  });
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  const pagesRef = useRef(pages);
  const isLoadingRef = useRef(false);
  const onErrorRef = useRef(onError);
  // Layout effects run before the effects that call loadMore, so these are never stale there.
  useLayoutEffect(() => {
    pagesRef.current = pages;
    onErrorRef.current = onError;
  });

  const isComplete = pages.at(-1)?.lower === -Infinity;

  // The page asked for last: until a page that arrives as a transition is committed, pagesRef
  // still ends where it did, and asking again would read the same page twice.
  const requestedRef = useRef<{ source: RowPageSource; upper: number } | null>(null);

  const loadMore = useCallback(() => {
    const last = pagesRef.current.at(-1);
    if (isLoadingRef.current || last?.lower === -Infinity) return;
    const upper = last?.lower ?? Infinity;
    const requested = requestedRef.current;
    if (requested?.source === source && requested.upper === upper) return;
    const limit = last === undefined ? pageSizes.first : pageSizes.next;
    isLoadingRef.current = true;
    requestedRef.current = { source, upper };
    // The first page renders at once; later ones arrive while someone scrolls, so they render as
    // a transition that React can interrupt for the next scroll frame instead of dropping it.
    const update = last === undefined ? (apply: () => void) => apply() : startTransition;
    update(() => setIsLoadingMore(true));
    source
      .readPage(limit, upper)
      .then(
        (rows) => {
          // readPage reads below `upper`, the range reads from `lower` up: rows sharing the last
          // sort key all belong to this page, and the next page starts strictly below them.
          const page = pageOf(rows, limit, upper);
          update(() => {
            setIsLoadingMore(false);
            setPages((current) =>
              (current.at(-1)?.lower ?? Infinity) === upper ? [...current, page] : current,
            );
          });
        },
        (error: unknown) => {
          // Asking for this page again is allowed after a failure.
          requestedRef.current = null;
          setIsLoadingMore(false);
          onErrorRef.current(error);
        },
      )
      .finally(() => {
        isLoadingRef.current = false;
      });
  }, [source, pageSizes.first, pageSizes.next]);

  // Subscriptions live in a ref and are diffed, so loading page 250 does not resubscribe 249.
  // Each holds either a live query or, until the page's first idle moment, a cancel function.
  const subscriptions = useRef(new Map<string, { unsubscribe: () => void }>());
  const rangesKey = pages.map(pageKey).join(' ');
  useEffect(() => {
    const wanted = new Set(rangesKey === '' ? [] : rangesKey.split(' '));
    for (const [key, subscription] of subscriptions.current) {
      if (wanted.has(key)) continue;
      subscription.unsubscribe();
      subscriptions.current.delete(key);
    }
    for (const page of pagesRef.current) {
      const key = pageKey(page);
      if (subscriptions.current.has(key)) continue;
      const { lower, upper } = page;
      const subscribe = (): Subscription =>
        liveQuery(() => source.readRange(lower, upper)).subscribe({
          next: (rows) =>
            setPages((current) => {
              const index = current.findIndex((candidate) => pageKey(candidate) === key);
              const page = current[index];
              // The first answer usually repeats what readPage found; keeping the same array
              // then spares a re-render of the whole list.
              if (page === undefined || isSameRows(page.rows, rows)) return current;
              return current.with(index, { ...page, rows });
            }),
          error: (error: unknown) => onErrorRef.current(error),
        });
      // A page arrives while someone scrolls, and its live query's first read would repeat the
      // page's rows on the main thread mid-fling. It starts at the next idle moment instead: that
      // first read is fresh, so a change saved in between still shows.
      const pending = {
        unsubscribe: whenIdle(() => {
          if (subscriptions.current.get(key) === pending) subscriptions.current.set(key, subscribe());
        }),
      };
      subscriptions.current.set(key, pending);
    }
  }, [rangesKey, source]);
  useEffect(() => {
    const current = subscriptions.current;
    return () => {
      for (const subscription of current.values()) subscription.unsubscribe();
      current.clear();
    };
  }, []);

  const pageRows = useMemo(() => pages.map((page) => page.rows), [pages]);
  const rows = useMemo(() => joinPages(pageRows), [pageRows]);
  return { rows, pageRows, hasLoaded: pages.length > 0, isComplete, isLoadingMore, loadMore };
}
