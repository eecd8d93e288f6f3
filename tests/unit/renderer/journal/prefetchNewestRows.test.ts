import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { opensJournalList } from '../../../../renderer/features/journal/journalPaging';
import { openTestJournal, reflectionAt, type TestJournal } from './journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
  await test.journal.reflections.bulkImport([
    reflectionAt('2026-03-01T10:00:00Z', { asked: 'first' }),
    reflectionAt('2026-03-02T10:00:00Z', { asked: 'second' }),
  ]);
});

afterEach(async () => {
  vi.useRealTimers();
  await test.close();
});

describe('the first page read at start-up', () => {
  it('is handed to the first read of the same page, once', async () => {
    const { reflections } = test.journal;
    const early = reflections.prefetchNewestRows(50);
    expect(reflections.newestRows(50)).toBe(early);
    expect((await early).map((row) => row.askedPreview)).toEqual(['second', 'first']);
    // A second read is a real one: it sees a save made since.
    await reflections.bulkImport([reflectionAt('2026-03-03T10:00:00Z', { asked: 'third' })]);
    const again = reflections.newestRows(50);
    expect(again).not.toBe(early);
    expect((await again).map((row) => row.askedPreview)).toEqual(['third', 'second', 'first']);
  });

  it('is not used for another page or size', async () => {
    const { reflections } = test.journal;
    const early = reflections.prefetchNewestRows(50);
    const older = reflections.newestRows(50, Date.parse('2026-03-02T10:00:00Z'));
    expect(older).not.toBe(early);
    expect((await older).map((row) => row.askedPreview)).toEqual(['first']);
    reflections.prefetchNewestRows(50);
    expect(reflections.newestRows(1)).not.toBe(early);
  });

  it('is not used once it is stale', async () => {
    const { reflections } = test.journal;
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const early = reflections.prefetchNewestRows(50);
    now += 60_000;
    const later = reflections.newestRows(50);
    expect(later).not.toBe(early);
    expect(await later).toHaveLength(2);
  });
});

describe('the first page for the first render', () => {
  it('is there only once its read has finished, and only once', async () => {
    const { reflections } = test.journal;
    const early = reflections.prefetchNewestRows(50);
    expect(reflections.takeReadNewestRows(50)).toBeUndefined();
    const rows = await early;
    expect(reflections.takeReadNewestRows(1)).toBeUndefined();
    expect(reflections.takeReadNewestRows(50)).toBe(rows);
    expect(reflections.takeReadNewestRows(50)).toBeUndefined();
    // Taken, it is not handed out again: the list's next read of that page is a real one.
    expect(reflections.newestRows(50)).not.toBe(early);
  });

  it('is not taken once it is stale', async () => {
    const { reflections } = test.journal;
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    await reflections.prefetchNewestRows(50);
    now += 60_000;
    expect(reflections.takeReadNewestRows(50)).toBeUndefined();
  });
});

describe('opensJournalList', () => {
  it('is true for the routes that show the journal list', () => {
    for (const hash of ['', '#', '#/', '#/journal', '#/journal?x=1'])
      expect(opensJournalList(hash)).toBe(true);
  });

  it('is false for other pages', () => {
    for (const hash of ['#/new', '#/journal/trash', '#/reflections/abc', '#/search?q=x'])
      expect(opensJournalList(hash)).toBe(false);
  });
});

describe('counting at start-up', () => {
  it('waits for the first page before counting', async () => {
    const { reflections } = test.journal;
    const order: string[] = [];
    const early = reflections.prefetchNewestRows(50).then(() => order.push('first page'));
    const count = reflections.countActive().then((n) => order.push(`count ${n}`));
    await Promise.all([early, count]);
    expect(order).toEqual(['first page', 'count 2']);
  });
});
