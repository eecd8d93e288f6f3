import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createProgressRepository } from '../../../../renderer/db/repositories/progressRepository';
import { openTestJournal, reflectionAt, type TestJournal } from '../journal/journalTestHarness';

let test: TestJournal;

beforeEach(async () => {
  test = await openTestJournal();
  await test.journal.reflections.bulkImport([
    reflectionAt('2026-01-05T12:00:00Z'),
    reflectionAt('2026-02-10T12:00:00Z'),
    reflectionAt('2026-03-01T12:00:00Z'),
    reflectionAt('2026-03-09T12:00:00Z'),
  ]);
});

afterEach(async () => {
  await test.close();
});

const days = (facts: readonly { day: string }[]) => facts.map((fact) => fact.day).sort();

describe('the progress repository', () => {
  it('reads the facts of the days asked for from their months, both ends included', async () => {
    const progress = createProgressRepository(test.db);
    expect(days(await progress.monthFactsBetween('2026-02-10', '2026-03-01'))).toEqual([
      '2026-02-10',
      '2026-03-01',
    ]);
  });

  it('reads from the first fact up to the last day asked for, leaving out later ones', async () => {
    const progress = createProgressRepository(test.db);
    expect(days(await progress.monthFactsBetween(null, '2026-03-01'))).toEqual([
      '2026-01-05',
      '2026-02-10',
      '2026-03-01',
    ]);
  });

  it("finds the first day in the first month, not the month's first fact by id", async () => {
    const progress = createProgressRepository(test.db);
    expect(await progress.firstDay()).toBe('2026-01-05');
    // Written later, so its id sorts last, but its day is earlier in the same month.
    await test.journal.reflections.bulkImport([
      reflectionAt('2026-01-02T12:00:00Z', { id: reflectionAt('2027-01-01T00:00:00Z').id }),
    ]);
    expect(await progress.firstDay()).toBe('2026-01-02');
    const all = await test.db.reflections.toArray();
    for (const reflection of all) await test.journal.reflections.moveToTrash(reflection.id);
    expect(await progress.firstDay()).toBeNull();
  });

  it('reads months newest first, a slice at a time, each before the last slice', async () => {
    const progress = createProgressRepository(test.db);
    const keys = (months: readonly { month: string }[]) => months.map((month) => month.month);
    expect(keys(await progress.monthsBefore(null, 2))).toEqual(['2026-03', '2026-02']);
    expect(keys(await progress.monthsBefore('2026-02', 2))).toEqual(['2026-01']);
    expect(keys(await progress.monthsBefore('2026-01', 2))).toEqual([]);
  });

  it('names the months a write changed, with days and facts always empty', async () => {
    const progress = createProgressRepository(test.db);
    const seen: unknown[] = [];
    const stop = progress.watchWrites((written) => seen.push(written));
    try {
      await test.journal.reflections.bulkImport([reflectionAt('2026-02-20T12:00:00Z')]);
      await vi.waitFor(() =>
        expect(seen).toContainEqual({ days: [], facts: [], months: ['2026-02'], plans: false }),
      );
    } finally {
      stop();
    }
  });
});
