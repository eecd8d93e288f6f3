import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
  it('reads the facts of the days asked for, both ends included', async () => {
    const progress = createProgressRepository(test.db);
    expect(days(await progress.factsBetween('2026-02-10', '2026-03-01'))).toEqual([
      '2026-02-10',
      '2026-03-01',
    ]);
  });

  it('reads from the first fact up to the last day asked for, leaving out later ones', async () => {
    const progress = createProgressRepository(test.db);
    expect(days(await progress.factsBetween(null, '2026-03-01'))).toEqual([
      '2026-01-05',
      '2026-02-10',
      '2026-03-01',
    ]);
    expect(await progress.firstDay()).toBe('2026-01-05');
  });
});
