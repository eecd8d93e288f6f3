import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { toProgressFact } from '../../../../shared/progress/progressFact';
import { decodeMonth } from '../../../../shared/progress/progressMonth';
import type { ListRowRecord } from '../../../../renderer/db/records';
import { toListRowRecord } from '../../../../renderer/db/repositories/toListRowRecord';
import { upgradeFrom } from './migrationHarness';

const PERSON = '01890a5d-ac96-774b-bcce-b302099a8057';

const complete = (iso: string, outcome: Reflection['outcome'], tags: string[]): Reflection => ({
  ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/London' }),
  personIds: [PERSON],
  asked: `Asked on ${iso}`,
  status: 'complete',
  outcome,
  relationship: 'peer',
  tags,
  principles: {
    'empowered-adults': { applied: true, rating: 4, notes: '', checks: { 'escalated-to-manager': 'yes' } },
  },
});

describe('schema version 7: progress months', () => {
  it('gathers the facts of a journal written before it into one record per month', async () => {
    const counted = [
      complete('2026-01-05T09:00:00Z', 'achieved', ['budget']),
      complete('2026-01-31T15:00:00Z', 'not-yet', []),
      complete('2026-03-07T10:00:00Z', null, ['rota', 'budget']),
    ];
    const draft = { ...complete('2026-02-06T10:00:00Z', 'achieved', []), status: 'draft' as const };
    const reflections = [...counted, draft];
    const facts = counted.map(toProgressFact).filter((fact) => fact !== null);
    await upgradeFrom(
      6,
      async (db) => {
        await db.reflections.bulkPut(reflections);
        await db.table<ListRowRecord, string>('listRows').bulkPut(reflections.map(toListRowRecord));
        await db.table('progressFacts').bulkPut(facts);
      },
      async (db) => {
        const months = await db.progressMonths.toArray();
        expect(months.map((month) => [month.month, decodeMonth(month)])).toEqual([
          ['2026-01', facts.slice(0, 2).sort((a, b) => (a.id < b.id ? -1 : 1))],
          ['2026-03', facts.slice(2)],
        ]);
        // At version 7 the facts and days stayed as they were (version 8 dropped them).
        expect(await db.table('progressFacts').count()).toBe(3);
        expect(await db.table('progressDays').count()).toBe(0);
      },
      7,
    );
  });

  it('reaches the months from a journal older than the facts, through every upgrade', async () => {
    const counted = complete('2026-02-01T10:00:00Z', 'achieved', []);
    await upgradeFrom(
      2,
      async (db) => {
        await db.reflections.bulkPut([counted]);
        await db.table<ListRowRecord, string>('listRows').bulkPut([toListRowRecord(counted)]);
      },
      async (db) => {
        const fact = toProgressFact(counted);
        const months = await db.progressMonths.toArray();
        expect(months.map((month) => [month.month, decodeMonth(month)])).toEqual([['2026-02', [fact]]]);
      },
    );
  });
});
