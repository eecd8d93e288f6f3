import { describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { daysFromFacts } from '../../../../shared/progress/progressDay';
import { toProgressFact, type ProgressFact } from '../../../../shared/progress/progressFact';
import {
  decodeMonth,
  monthDays,
  monthsFromFacts,
  type ProgressMonth,
} from '../../../../shared/progress/progressMonth';
import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { ListRowRecord } from '../../../../renderer/db/records';
import { toListRowRecord } from '../../../../renderer/db/repositories/toListRowRecord';
import { latestSchemaVersion } from '../../../../renderer/db/schemaVersions';
import { upgradeFrom } from './migrationHarness';

const DANA = '01890a5d-ac96-774b-bcce-b302099a8057';
const LEE = '01890a5d-ac96-774b-bcce-b302099a8058';

const complete = (iso: string, overrides: Partial<Reflection> = {}): Reflection => ({
  ...createDraftReflection({ now: new Date(iso), timeZone: 'Europe/London' }),
  personIds: [DANA],
  asked: `Asked on ${iso}`,
  status: 'complete',
  outcome: 'achieved',
  relationship: 'peer',
  tags: ['budget'],
  principles: {
    'empowered-adults': { applied: true, rating: 4, notes: '', checks: { 'escalated-to-manager': 'yes' } },
  },
  ...overrides,
});

const reflections: Reflection[] = [
  complete('2026-01-05T09:00:00Z'),
  complete('2026-01-05T15:00:00Z', { outcome: 'not-yet', personIds: [DANA, LEE], tags: [] }),
  complete('2026-01-31T22:30:00Z', { outcome: null }),
  complete('2026-03-07T10:00:00Z', { personIds: [LEE], tags: ['rota', 'budget'] }),
  { ...complete('2026-02-06T10:00:00Z'), status: 'draft' },
  { ...complete('2026-02-07T10:00:00Z'), deletedAt: '2026-02-08T10:00:00.000Z' },
];
const facts = reflections.map(toProgressFact).filter((fact): fact is ProgressFact => fact !== null);
const byId = (a: ProgressFact, b: ProgressFact) => (a.id < b.id ? -1 : 1);

/** A month as what it says (facts and day totals): its typed arrays come back from the test database as another realm's. */
const contents = (month: ProgressMonth) => [month.month, decodeMonth(month), monthDays(month)];

/** What every month should hold, recomputed from the reflections alone. */
function recomputed(): unknown[] {
  return monthsFromFacts(facts).map((month) => {
    const inMonth = facts.filter((fact) => fact.day.startsWith(month.month)).sort(byId);
    return [month.month, inMonth, daysFromFacts(inMonth)];
  });
}

async function seedEverythingElse(db: JournalDatabase): Promise<void> {
  await db.reflections.bulkPut(reflections);
  await db.table<ListRowRecord, string>('listRows').bulkPut(reflections.map(toListRowRecord));
  await db.people.bulkPut([
    { id: DANA, name: 'Dana', nameKey: 'dana', role: '', team: '', relationship: null, notes: '' } as never,
  ]);
  await db.preparations.put({
    ...createDraftPreparation({ now: new Date('2026-01-04T10:00:00Z'), timeZone: 'Europe/London' }),
    reflectionId: reflections[0]?.id ?? null,
  });
  await db.meta.put({ key: 'written-before-8', value: true });
}

async function expectOneStore(db: JournalDatabase): Promise<void> {
  expect(db.verno).toBe(latestSchemaVersion);
  const names = db.tables.map((table) => table.name);
  expect(names).not.toContain('progressFacts');
  expect(names).not.toContain('progressDays');
  expect((await db.progressMonths.toArray()).map(contents)).toEqual(recomputed());
  // Months are found by their key alone: no index of their ids, which every save would rewrite.
  expect(db.progressMonths.schema.indexes).toEqual([]);
  // Nothing else is lost.
  expect(await db.reflections.toArray()).toEqual([...reflections].sort((a, b) => (a.id < b.id ? -1 : 1)));
  // The list's rows are the reflections now (version 10): each is in the list's sortKey index.
  expect(await db.reflections.orderBy('sortKey').count()).toBe(reflections.length);
  expect(await db.people.count()).toBe(1);
  expect(await db.preparations.count()).toBe(1);
  expect((await db.meta.get('written-before-8'))?.value).toBe(true);
}

describe('schema version 8: the month records are the one Progress store', () => {
  it('opens a version 7 journal with its months as a recomputation from the reflections, the facts and days dropped', async () => {
    await upgradeFrom(
      7,
      async (db) => {
        await seedEverythingElse(db);
        // What version 7 kept in step with every write: facts, days and months.
        await db.table('progressFacts').bulkPut(facts);
        await db.table('progressDays').bulkPut(daysFromFacts(facts));
        await db.progressMonths.bulkPut(monthsFromFacts(facts));
      },
      expectOneStore,
    );
  });

  it('opens a version 5 journal through every upgrade to the same months', async () => {
    await upgradeFrom(
      5,
      async (db) => {
        await seedEverythingElse(db);
        // Version 5 kept only the facts (version 3); the days and months are built on the way.
        await db.table('progressFacts').bulkPut(facts);
      },
      expectOneStore,
    );
  });
});
