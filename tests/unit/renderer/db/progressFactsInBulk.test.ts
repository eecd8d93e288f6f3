import { afterEach, describe, expect, it } from 'vitest';
import type { Reflection } from '../../../../shared/domain/reflectionSchema';
import { decodeMonth, type ProgressMonth } from '../../../../shared/progress/progressMonth';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import {
  syncProgressFacts,
  syncProgressFactsInBulk,
} from '../../../../renderer/db/repositories/progressRepository';
import { dana, generatedReflections } from '../data/generatedReflections';
import { deleteFreshJournal, openFreshJournal, type OpenedTestJournal } from './testJournalDatabase';

const opened: OpenedTestJournal[] = [];

afterEach(async () => {
  for (const { db } of opened.splice(0)) await deleteFreshJournal(db);
});

/** `count` reflections from `start`, 9 hours apart (about 80 a month), a few drafts and one in the Trash. */
const reflections = (count: number, start: Date, label: string): Reflection[] =>
  generatedReflections(count, {
    start,
    spacingMs: 9 * 3_600_000,
    timeZone: 'UTC',
    asked: (index) => `${label} ${index}`,
  }).map((reflection, index) =>
    index % 17 === 0
      ? { ...reflection, status: 'draft' as const }
      : index === 5
        ? { ...reflection, deletedAt: reflection.createdAt }
        : reflection,
  );

/** A journal already holding `stored` (saved as a save would), its months as stored. */
async function journalHolding(stored: readonly Reflection[], label: string): Promise<JournalDatabase> {
  const journal = await openFreshJournal(label);
  opened.push(journal);
  await journal.journal.people.bulkImport([dana]);
  await journal.journal.reflections.bulkImport([...stored]);
  return journal.db;
}

const monthsOf = async (db: JournalDatabase) =>
  (await db.progressMonths.orderBy('month').toArray()).map((month: ProgressMonth) => [
    month.month,
    decodeMonth(month),
  ]);

function inSteps<T>(items: readonly T[], size: number): T[][] {
  const steps: T[][] = [];
  for (let start = 0; start < items.length; start += size) steps.push(items.slice(start, start + size));
  return steps;
}

describe('the Progress months of an import written in bulk', () => {
  it('equal syncing each step, into a journal with reflections in the same months, in time order and not', async () => {
    const stored = reflections(120, new Date(Date.UTC(2025, 2, 3, 7)), 'stored');
    const imported = reflections(400, new Date(Date.UTC(2025, 1, 20, 6)), 'imported');
    // Every other reflection moved to the end: the import comes back to every month it left.
    const outOfOrder = [
      ...imported.filter((_, index) => index % 2 === 0),
      ...imported.filter((_, index) => index % 2 === 1),
    ];
    const written = new Map<string, number>();
    let monthCount = 0;
    for (const [order, added] of [
      ['in time order', imported],
      ['out of order', outOfOrder],
    ] as const) {
      const steps = inSteps(added, 30);
      const oracle = await journalHolding(stored, `bulk-oracle-${order}`);
      await oracle.transaction('rw', oracle.progressMonths, async () => {
        for (const step of steps) await syncProgressFacts(oracle, step, []);
      });
      const bulk = await journalHolding(stored, `bulk-${order}`);
      await bulk.transaction('rw', bulk.progressMonths, async () => {
        const months = syncProgressFactsInBulk(bulk, added);
        for (const step of steps) await months.add(step);
        await months.finish();
        written.set(order, months.monthsWritten);
      });
      const expected = await monthsOf(oracle);
      expect(expected.length, order).toBeGreaterThan(3);
      expect(await monthsOf(bulk), order).toEqual(expected);
      monthCount = expected.length;
    }
    // Each month written once in time order; out of order, a month left and come back to is written again.
    expect(written.get('in time order')).toBe(monthCount);
    expect(written.get('out of order')).toBeGreaterThan(monthCount);
  }, 60_000);

  it('writes no month when the transaction fails after the months were added', async () => {
    const db = await journalHolding([], 'bulk-failing');
    const added = reflections(90, new Date(Date.UTC(2025, 0, 1, 7)), 'imported');
    await expect(
      db.transaction('rw', db.progressMonths, async () => {
        const months = syncProgressFactsInBulk(db, added);
        for (const step of inSteps(added, 20)) await months.add(step);
        await months.finish();
        throw new Error('the import failed after its months');
      }),
    ).rejects.toThrow('the import failed after its months');
    expect(await db.progressMonths.count()).toBe(0);
  }, 60_000);
});
