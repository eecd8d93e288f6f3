import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
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

describe('schema version 3: progress facts', () => {
  it('builds a fact for each complete reflection outside the Trash of a journal written before it', async () => {
    const counted = reflectionAt('2026-01-05T10:00:00Z', {
      status: 'complete',
      outcome: 'achieved',
      principles: {
        'empowered-adults': { applied: true, rating: 4, notes: '', checks: { 'escalated-to-manager': 'no' } },
      },
    });
    const draft = reflectionAt('2026-01-06T10:00:00Z', { status: 'draft' });
    const trashed = reflectionAt('2026-01-07T10:00:00Z', {
      status: 'complete',
      deletedAt: '2026-01-08T10:00:00.000Z',
    });
    const reflections = [counted, draft, trashed];
    await upgradeFrom(
      2,
      async (db) => {
        await db.reflections.bulkPut(reflections);
        await db.table<ListRowRecord, string>('listRows').bulkPut(reflections.map(toListRowRecord));
      },
      async (db) => {
        // Version 8 dropped the table; the step that built it is checked at version 7.
        const facts = db.table('progressFacts');
        expect(await facts.toArray()).toEqual([toProgressFact(counted)]);
        expect(await facts.where('day').equals('2026-01-05').count()).toBe(1);
        expect(await db.reflections.count()).toBe(3);
      },
      7,
    );
  });
});
