import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import type { KeyboardEvent, FocusEvent } from 'react';
import { JournalRow, PassingJournalRow } from './JournalRow';
import { JOURNAL_PAGE_SIZES } from './journalPaging';
import { JOURNAL_ROW_REM, JOURNAL_WEEK_HEADING_REM, useRootFontPx } from './journalRowSize';
import { createLocalWeekStartFinder, formatWeekHeading, startsWeek } from './localWeeks';
import { useIsFlinging } from './useIsFlinging';
import { useLiveRowPages, type RowPageSource } from './useLiveRowPages';
import { createPerPageDerivation } from './joinPages';
import { usePeopleByIdInPages, type PeopleById } from './usePeopleNames';
import type { ListRowRecord } from '../../db/records';
import { useStartupSettled } from '../../app/startupPhase';
import { useLocaleConventions } from '../../app/localeConventions';
import { appLocale } from '../dateTime/currentDateTimeStyle';
import { useWeekStart } from '../weekStart/useWeekStart';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { whenIdle } from '../../app/whenIdle';

/** Start reading the next page while this many loaded rows are still below the window. */
const LOAD_AHEAD_ROWS = 40;

// journal.css sizes rows from these, so the sizes the virtualizer is given are the real ones.
const listStyleVariables = {
  '--journal-row-height': `${JOURNAL_ROW_REM}rem`,
  '--journal-week-height': `${JOURNAL_WEEK_HEADING_REM}rem`,
} as CSSProperties;

let hasMarkedInteractive = false;

/**
 * One positioned row. Memoized: the virtualizer re-renders the list on every scroll frame, and
 * rows already on screen rarely change.
 */
const JournalListItem = memo(function JournalListItem({
  index,
  setSize,
  offset,
  weekHeading,
  row,
  peopleById,
  isPassing,
}: {
  index: number;
  setSize: number;
  offset: number;
  weekHeading: string | null;
  row: ListRowRecord;
  peopleById: PeopleById;
  /** Flying past in a fling: only the card and its date (see useIsFlinging). */
  isPassing: boolean;
}) {
  return (
    <div
      role="listitem"
      aria-setsize={setSize}
      aria-posinset={index + 1}
      data-index={index}
      className={weekHeading === null ? 'journal-item' : 'journal-item journal-item-week'}
      style={{ transform: `translateY(${offset}px)` }}
    >
      {weekHeading === null ? null : <h2 className="journal-week">{weekHeading}</h2>}
      {isPassing ? <PassingJournalRow row={row} /> : <JournalRow row={row} peopleById={peopleById} />}
    </div>
  );
});

function rowIndexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const value = target.closest('[data-index]')?.getAttribute('data-index');
  return value == null ? null : Number(value);
}

const keyTargets: Record<string, (index: number, count: number) => number> = {
  ArrowDown: (index) => index + 1,
  ArrowUp: (index) => index - 1,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The journal as one virtualized list on the page's own scroll: only the rows near the
 * window are in the DOM, older pages load as the end comes near, and week headings sit in
 * the first row of each week so the list stays a plain list for assistive technology.
 */
export function JournalList({
  source,
  totalCount,
  emptyState,
  endNote = 'That is the first reflection in your journal.',
  onError,
}: {
  /** Fixed for the life of the list: give the list a `key` per source. */
  source: RowPageSource;
  totalCount: number | null;
  emptyState: ReactNode;
  /** The line under the last row: what that row is the first of, in this list's words. */
  endNote?: string;
  onError: (error: unknown) => void;
}) {
  const { rows, pageRows, hasLoaded, isComplete, isLoadingMore, loadMore } = useLiveRowPages(
    source,
    JOURNAL_PAGE_SIZES,
    onError,
  );
  const peopleById = usePeopleByIdInPages(pageRows);
  // Week headings follow the date format chosen in Settings as it changes, like the rows do.
  const { style: dateStyle } = useDateTimeFormat();
  // Weeks start on the day set in Settings; while that is read, on the language's usual first day.
  const fromLocale = useLocaleConventions(appLocale()).weekStartsOn;
  const weekStartsOn = useWeekStart()?.weekStartsOn ?? fromLocale;
  // Derived page by page: a page that arrives costs its own rows, not every loaded one again.
  const weekStartsOfPages = useMemo(() => {
    const weekStartOf = createLocalWeekStartFinder(weekStartsOn);
    return createPerPageDerivation((page: readonly ListRowRecord[]) =>
      page.map((row) => weekStartOf(row.sortKey)),
    );
  }, [weekStartsOn]);
  const weekStarts = useMemo(() => weekStartsOfPages(pageRows), [weekStartsOfPages, pageRows]);

  const hasList = hasLoaded && rows.length > 0;
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The window scrolls, so the virtualizer needs the list's distance from the top of the
  // page; it changes when something above it (a status message, a banner) appears.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const top = list.getBoundingClientRect().top + window.scrollY;
      setScrollMargin((previous) => (Math.abs(previous - top) < 1 ? previous : top));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [hasList]);

  // The focused row stays rendered however far it scrolls away, so focus is never dropped.
  const [focusedIndex, setFocusedIndex] = useState<number | null>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (focusedIndex === null || focusedIndex >= range.count || indexes.includes(focusedIndex))
        return indexes;
      return [...indexes, focusedIndex].sort((a, b) => a - b);
    },
    [focusedIndex],
  );

  // Rows have fixed heights in rem, so these sizes are exact and no row is measured: no
  // ResizeObserver per row, and no recomputing every offset when a measured size differs.
  const rootFontPx = useRootFontPx();
  const rowPx = JOURNAL_ROW_REM * rootFontPx;
  const weekHeadingPx = JOURNAL_WEEK_HEADING_REM * rootFontPx;
  // Both stay the same function until the rows (or the font size) change: the virtualizer
  // recomputes every loaded row's offset whenever getItemKey is a new function.
  const estimateSize = useCallback(
    (index: number) => rowPx + (startsWeek(weekStarts, index) ? weekHeadingPx : 0),
    [weekStarts, rowPx, weekHeadingPx],
  );
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows]);
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    // A fling shows all-new rows every frame, so rows drawn beyond the window are wasted work
    // there; two either side still cover keyboard moves and slow scrolling.
    overscan: 2,
    scrollMargin,
    rangeExtractor,
  });
  // The virtualizer caches offsets until its keys change; a new font size changes every size.
  const laidOutFontPx = useRef(rootFontPx);
  useLayoutEffect(() => {
    if (laidOutFontPx.current === rootFontPx) return;
    laidOutFontPx.current = rootFontPx;
    virtualizer.measure();
  }, [rootFontPx, virtualizer]);
  const items = virtualizer.getVirtualItems();
  const isFlinging = useIsFlinging(
    virtualizer.scrollOffset ?? 0,
    virtualizer.scrollRect?.height ?? 0,
    virtualizer.isScrolling,
  );

  const lastRenderedIndex = items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (!isComplete && lastRenderedIndex >= rows.length - LOAD_AHEAD_ROWS) loadMore();
  }, [isComplete, lastRenderedIndex, rows.length, loadMore]);
  // Once start-up is over, the second page is read while nothing else happens: otherwise the
  // first flick of the wheel would wait on it, and a fling's first frames would draw it.
  const startupSettled = useStartupSettled();
  const hasOnlyFirstPage = pageRows.length === 1;
  useEffect(() => {
    if (!startupSettled || !hasOnlyFirstPage || isComplete) return;
    return whenIdle(loadMore);
  }, [startupSettled, hasOnlyFirstPage, isComplete, loadMore]);

  useEffect(() => {
    if (!hasLoaded || hasMarkedInteractive) return;
    hasMarkedInteractive = true;
    performance.mark('list:interactive');
  }, [hasLoaded]);

  // Arrow keys move between rows; the target may need a render before it can take focus.
  const pendingFocus = useRef<number | null>(null);
  const focusPending = useCallback(() => {
    const index = pendingFocus.current;
    if (index === null) return;
    const link = listRef.current?.querySelector(`[data-index="${index}"] .journal-row-link`);
    if (!(link instanceof HTMLElement)) return;
    pendingFocus.current = null;
    link.focus();
  }, []);
  useEffect(focusPending);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const focused = rowIndexOf(event.target);
    const next = keyTargets[event.key];
    if (focused === null || next === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    // A held key repeats faster than rows render: each press moves on from the row still
    // waiting for focus, so no press is lost.
    const index = pendingFocus.current ?? focused;
    const target = next(index, rows.length);
    if (target < 0 || target >= rows.length) return;
    event.preventDefault();
    pendingFocus.current = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    focusPending();
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => setFocusedIndex(rowIndexOf(event.target));
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget)) return;
    setFocusedIndex(null);
    pendingFocus.current = null;
  };

  if (!hasLoaded) return <p className="muted">Loading your journal…</p>;
  if (!hasList) return <>{emptyState}</>;

  const setSize = isComplete ? rows.length : (totalCount ?? -1);
  return (
    <>
      <div
        ref={listRef}
        role="list"
        aria-label="Reflections"
        className="journal-list"
        style={{ ...listStyleVariables, height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onBlur={onBlur}
      >
        {items.map((item) => {
          const row = rows[item.index];
          const weekStart = weekStarts[item.index];
          if (row === undefined || weekStart === undefined) return null;
          return (
            <JournalListItem
              key={item.key}
              index={item.index}
              setSize={setSize}
              offset={item.start - scrollMargin}
              weekHeading={
                startsWeek(weekStarts, item.index) ? formatWeekHeading(weekStart, dateStyle) : null
              }
              row={row}
              peopleById={peopleById}
              // The focused row stays whole, so focus is never on something that vanished.
              isPassing={isFlinging && item.index !== focusedIndex}
            />
          );
        })}
      </div>
      {isLoadingMore ? <p className="muted">Loading older reflections…</p> : null}
      {isComplete ? <p className="muted journal-end">{endNote}</p> : null}
    </>
  );
}
