import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveRowPages, type RowPageSource } from '../../../../renderer/features/journal/useLiveRowPages';
import { openTestJournal, reflectionAt, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
});

afterEach(async () => {
  await test.close();
});

function sourceOf({ reflections }: TestJournal['journal']): RowPageSource {
  return {
    readPage: (limit, before) => reflections.newestRows(limit, before),
    readRange: (lower, upper) => reflections.rowsInSortKeyRange(lower, upper),
  };
}

describe('live row pages', () => {
  it('renders a first page already read in its first render, and does not read it again', async () => {
    await test.journal.reflections.bulkImport([
      reflectionAt('2026-03-01T10:00:00Z', { asked: 'first' }),
      reflectionAt('2026-03-02T10:00:00Z', { asked: 'second' }),
    ]);
    const source = sourceOf(test.journal);
    const ready = await test.journal.reflections.newestRows(10);
    const readPage = vi.fn(source.readPage);
    const takeReadFirstPage = vi.fn(() => ready);
    const firstRenders: number[] = [];
    const { result } = renderHook(() => {
      const pages = useLiveRowPages(
        { ...source, readPage, takeReadFirstPage },
        { first: 10, next: 10 },
        vi.fn(),
      );
      if (firstRenders.length === 0) firstRenders.push(pages.rows.length);
      return pages;
    });
    expect(firstRenders).toEqual([2]);
    expect(takeReadFirstPage).toHaveBeenCalledWith(10);
    expect(result.current.hasLoaded).toBe(true);
    expect(result.current.isComplete).toBe(true);
    act(() => result.current.loadMore());
    expect(readPage).not.toHaveBeenCalled();
    // The page it was given stays live like any other.
    await test.journal.reflections.saveDraft(reflectionAt('2026-03-05T10:00:00Z', { asked: 'saved later' }));
    await waitFor(() =>
      expect(result.current.rows.map(({ askedPreview }) => askedPreview)).toEqual([
        'saved later',
        'second',
        'first',
      ]),
    );
  });

  it('tiles the journal without gaps or repeats, even when rows share a sort key at a page edge', async () => {
    const same = '2026-03-02T10:00:00Z';
    const rows = [
      reflectionAt('2026-03-03T10:00:00Z', { asked: 'newest' }),
      reflectionAt(same, { asked: 'tie a', id: '019ca000-0000-7000-8000-00000000000a' }),
      reflectionAt(same, { asked: 'tie b', id: '019ca000-0000-7000-8000-00000000000b' }),
      reflectionAt(same, { asked: 'tie c', id: '019ca000-0000-7000-8000-00000000000c' }),
      reflectionAt('2026-03-01T10:00:00Z', { asked: 'oldest' }),
    ];
    await test.journal.reflections.bulkImport(rows);
    const source = sourceOf(test.journal);
    const { result } = renderHook(() => useLiveRowPages(source, { first: 2, next: 2 }, vi.fn()));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows.length).toBeGreaterThanOrEqual(4));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.isComplete).toBe(true));
    const asked = result.current.rows.map(({ askedPreview }) => askedPreview);
    expect(asked[0]).toBe('newest');
    expect(asked.at(-1)).toBe('oldest');
    expect([...asked].sort()).toEqual(['newest', 'oldest', 'tie a', 'tie b', 'tie c']);
  });

  it('shows a save from elsewhere in the page it belongs to', async () => {
    await test.journal.reflections.bulkImport([reflectionAt('2026-03-01T10:00:00Z', { asked: 'first' })]);
    const source = sourceOf(test.journal);
    const { result } = renderHook(() => useLiveRowPages(source, { first: 10, next: 10 }, vi.fn()));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toHaveLength(1));
    await test.journal.reflections.saveDraft(reflectionAt('2026-03-05T10:00:00Z', { asked: 'saved later' }));
    await waitFor(() =>
      expect(result.current.rows.map(({ askedPreview }) => askedPreview)).toEqual(['saved later', 'first']),
    );
  });

  it('reads each page once, however often the list asks for more while it loads', async () => {
    await test.journal.reflections.bulkImport(
      Array.from({ length: 7 }, (_, day) => reflectionAt(`2026-03-0${day + 1}T10:00:00Z`)),
    );
    const source = sourceOf(test.journal);
    const asked: number[] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: RowPageSource = {
      ...source,
      readPage: async (limit, before) => {
        asked.push(before);
        const rows = await source.readPage(limit, before);
        if (asked.length > 1) await gate;
        return rows;
      },
    };
    const { result } = renderHook(() => useLiveRowPages(gated, { first: 3, next: 3 }, vi.fn()));
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.rows).toHaveLength(3));
    act(() => result.current.loadMore());
    await waitFor(() => expect(asked).toHaveLength(2));
    // The second page's rows come back while the list keeps asking, as a scrolling list does.
    release();
    for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
    result.current.loadMore();
    await waitFor(() => expect(result.current.rows.length).toBeGreaterThanOrEqual(6));
    // No page is asked for twice. React commits the second page only in a later task, so that
    // last call comes while the page is read but not yet shown; preact/compat commits it within
    // those turns, and the call rightly asks for the third page.
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('asks for a page again after reading it failed, and says so', async () => {
    await test.journal.reflections.bulkImport([reflectionAt('2026-03-01T10:00:00Z', { asked: 'only' })]);
    const source = sourceOf(test.journal);
    let failures = 1;
    const flaky: RowPageSource = {
      ...source,
      readPage: (limit, before) =>
        failures-- > 0 ? Promise.reject(new Error('The database is busy.')) : source.readPage(limit, before),
    };
    const onError = vi.fn();
    const { result } = renderHook(() => useLiveRowPages(flaky, { first: 5, next: 5 }, onError));
    act(() => result.current.loadMore());
    await waitFor(() => expect(onError).toHaveBeenCalledWith(new Error('The database is busy.')));
    expect(result.current.isLoadingMore).toBe(false);
    act(() => result.current.loadMore());
    await waitFor(() =>
      expect(result.current.rows.map(({ askedPreview }) => askedPreview)).toEqual(['only']),
    );
  });

  describe('a page kept live from the next idle moment', () => {
    let idle: Array<{ handle: number; work: () => void }>;
    beforeEach(() => {
      idle = [];
      let next = 0;
      vi.stubGlobal('requestIdleCallback', (work: () => void) => {
        next += 1;
        idle.push({ handle: next, work });
        return next;
      });
      vi.stubGlobal('cancelIdleCallback', (handle: number) => {
        idle = idle.filter((waiting) => waiting.handle !== handle);
      });
    });
    afterEach(() => {
      vi.unstubAllGlobals();
    });
    const runIdleWork = () =>
      act(() => {
        const due = idle;
        idle = [];
        for (const { work } of due) work();
      });

    it('does not read a page again until idle, then catches a save made in between', async () => {
      await test.journal.reflections.bulkImport([reflectionAt('2026-03-01T10:00:00Z', { asked: 'first' })]);
      const source = sourceOf(test.journal);
      const ranges = vi.fn(source.readRange);
      const { result } = renderHook(() =>
        useLiveRowPages({ ...source, readRange: ranges }, { first: 10, next: 10 }, vi.fn()),
      );
      act(() => result.current.loadMore());
      await waitFor(() => expect(result.current.rows).toHaveLength(1));
      expect(idle).toHaveLength(1);
      expect(ranges).not.toHaveBeenCalled();

      await test.journal.reflections.saveDraft(
        reflectionAt('2026-03-05T10:00:00Z', { asked: 'saved meanwhile' }),
      );
      runIdleWork();
      await waitFor(() =>
        expect(result.current.rows.map(({ askedPreview }) => askedPreview)).toEqual([
          'saved meanwhile',
          'first',
        ]),
      );
      expect(ranges).toHaveBeenCalled();
    });

    it('never starts a live query for a list that is gone before it was idle', async () => {
      await test.journal.reflections.bulkImport([reflectionAt('2026-03-01T10:00:00Z')]);
      const source = sourceOf(test.journal);
      const ranges = vi.fn(source.readRange);
      const { result, unmount } = renderHook(() =>
        useLiveRowPages({ ...source, readRange: ranges }, { first: 10, next: 10 }, vi.fn()),
      );
      act(() => result.current.loadMore());
      await waitFor(() => expect(result.current.rows).toHaveLength(1));
      expect(idle).toHaveLength(1);
      unmount();
      expect(idle).toHaveLength(0);
      expect(ranges).not.toHaveBeenCalled();
    });
  });
});
