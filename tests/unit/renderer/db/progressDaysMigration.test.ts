import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { daysFromFacts } from '../../../../shared/progress/progressDay';
import { toProgressFact } from '../../../../shared/progress/progressFact';
import type { ListRowRecord } from '../../../../renderer/db/records';
import { toListRowRecord } from '../../../../renderer/db/repositories/toListRowRecord';
import { upgradeFrom } from './migrationHarness';

const PERSON = '01890a5d-ac96-774b-bcce-b302099a8057';

function reflectionAt(iso: string, overrides: Partial<Reflection>): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/London' }),
    personIds: [PERSON],
    asked: `Asked on ${iso}`,
    ...overrides,
  };
}

const complete = (iso: string, outcome: Reflection['outcome'], rating: number) =>
  reflectionAt(iso, {
    status: 'complete',
    outcome,
    tags: ['budget'],
    principles: {
      'empowered-adults': { applied: true, rating, notes: '', checks: { 'escalated-to-manager': 'yes' } },
    },
  });

describe('schema version 6: progress days', () => {
  it('builds one rollup per day from the facts of a journal written before it', async () => {
    const counted = [
      complete('2026-01-05T09:00:00Z', 'achieved', 4),
      complete('2026-01-05T15:00:00Z', 'not-yet', 2),
      complete('2026-01-07T10:00:00Z', null, 5),
    ];
    const draft = reflectionAt('2026-01-06T10:00:00Z', { status: 'draft' });
    const reflections = [...counted, draft];
    const facts = counted.map(toProgressFact).filter((fact) => fact !== null);
    await upgradeFrom(
      5,
      async (db) => {
        await db.reflections.bulkPut(reflections);
        await db.table<ListRowRecord, string>('listRows').bulkPut(reflections.map(toListRowRecord));
        await db.table('progressFacts').bulkPut(facts);
      },
      async (db) => {
        // Version 8 dropped the days and the facts; the step that built the days is checked at version 7.
        const days = await db.table('progressDays').toArray();
        expect(days).toEqual(daysFromFacts(facts));
        expect(days.map(({ day, reflections: count }) => [day, count])).toEqual([
          ['2026-01-05', 2],
          ['2026-01-07', 1],
        ]);
        expect(days[0]?.principles['empowered-adults']?.ratingSum).toBe(6);
        expect(await db.table('progressFacts').count()).toBe(3);
      },
      7,
    );
  });

  it('reaches the days from a journal older than the facts, through both upgrades', async () => {
    const counted = complete('2026-02-01T10:00:00Z', 'achieved', 3);
    await upgradeFrom(
      2,
      async (db) => {
        await db.reflections.bulkPut([counted]);
        await db.table<ListRowRecord, string>('listRows').bulkPut([toListRowRecord(counted)]);
      },
      async (db) => {
        const fact = toProgressFact(counted);
        if (fact === null) throw new Error('the reflection should count');
        expect(await db.table('progressDays').toArray()).toEqual(daysFromFacts([fact]));
      },
      7,
    );
  });
});
