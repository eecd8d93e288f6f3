import { describe, expect, it } from 'vitest';
import { createDraftPreparation } from '../../../../shared/domain/preparationSchema';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import { upgradeFrom } from './migrationHarness';
import { latestSchemaVersion } from '../../../../renderer/db/schemaVersions';

const REFLECTION = '019ce0a2-5d40-7000-8000-000000000001';
const PERSON = '019ce0a2-5d40-7000-8000-000000000010';

describe('schema version 5: preparations', () => {
  it('opens a v4 journal with its data intact and an empty preparations table, indexed as the repository reads it', async () => {
    // As a v4 build stored it: no preparationId on the reflection.
    const { preparationId: _absent, ...reflection } = createDraftReflection({
      now: new Date('2026-01-05T10:00:00Z'),
      timeZone: 'Europe/London',
      id: REFLECTION,
    });
    await upgradeFrom(
      4,
      async (db) => {
        await db.reflections.put(reflection as never);
        await db.meta.put({ key: 'note', value: 'kept' });
      },
      async (db) => {
        // Opened by the current code: every later version's upgrade has run too.
        expect(db.verno).toBe(latestSchemaVersion);
        expect(await db.reflections.get(REFLECTION)).toEqual(reflection);
        expect(await db.meta.get('note')).toEqual({ key: 'note', value: 'kept' });
        expect(await db.preparations.count()).toBe(0);
        const preparation = {
          ...createDraftPreparation({ now: new Date('2026-01-06T10:00:00Z'), timeZone: 'Europe/London' }),
          personIds: [PERSON],
          plannedAt: '2026-01-07T10:00',
          reflectionId: REFLECTION,
        };
        await db.preparations.put(preparation);
        expect(await db.preparations.where('personIds').equals(PERSON).count()).toBe(1);
        expect(await db.preparations.where('reflectionId').equals(REFLECTION).count()).toBe(1);
        expect(await db.preparations.where('plannedAt').above('').count()).toBe(1);
        expect(await db.preparations.where('deletedAt').above('').count()).toBe(0);
      },
    );
  });
});
