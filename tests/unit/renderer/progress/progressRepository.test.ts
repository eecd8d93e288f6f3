import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
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

  it('reads the day rollups of the days asked for, and the facts of reflections a plan looked back on', async () => {
    const progress = createProgressRepository(test.db);
    const [linked] = await test.journal.reflections.getMany(
      (await test.db.progressFacts.where('day').equals('2026-01-05').primaryKeys()) as string[],
    );
    if (linked === undefined) throw new Error('the seeded reflection is missing');
    const plan = await test.journal.preparations.saveDraft({
      ...createDraftPreparation({ now: new Date('2026-01-04T10:00:00Z'), timeZone: 'Europe/London' }),
      reflectionId: linked.id,
    });
    expect(plan.reflectionId).toBe(linked.id);
    const ranged = await progress.daysBetween('2026-02-10', '2026-03-01');
    expect(days(ranged.days)).toEqual(['2026-02-10', '2026-03-01']);
    expect(ranged.plannedFacts.map((fact) => fact.id)).toEqual([linked.id]);
    const all = await progress.daysBetween(null, '2026-03-01');
    expect(days(all.days)).toEqual(['2026-01-05', '2026-02-10', '2026-03-01']);
    expect(all.days.map((day) => day.reflections)).toEqual([1, 1, 1]);
  });
});
