import { describe, expect, it } from 'vitest';
import { createDraftReflection } from '../../../../shared/domain/reflectionSchema';
import type { CoachFeedbackRecord } from '../../../../renderer/db/records';
import { upgradeFrom } from './migrationHarness';

const REFLECTION = '019ce0a2-5d40-7000-8000-000000000001';

describe('schema version 4: coach feedback', () => {
  it('adds an empty coachFeedback table beside a journal written before it, indexed by reflection and read state', async () => {
    const reflection = createDraftReflection({
      now: new Date('2026-01-05T10:00:00Z'),
      timeZone: 'Europe/London',
      id: REFLECTION,
    });
    await upgradeFrom(
      3,
      async (db) => {
        await db.reflections.put(reflection);
      },
      async (db) => {
        expect(await db.reflections.get(REFLECTION)).toEqual(reflection);
        expect(await db.coachFeedback.count()).toBe(0);
        const record: CoachFeedbackRecord = {
          id: '019ce0b0-0000-7000-8000-000000000001',
          reflectionId: REFLECTION,
          principleId: null,
          text: 'Well argued.',
          createdAt: '2026-01-06T10:00:00.000Z',
          updatedAt: '2026-01-06T10:00:00.000Z',
          receivedAt: '2026-01-07T10:00:00.000Z',
          readAt: null,
          unread: 1,
          feedbackExportedAt: '2026-01-06T11:00:00.000Z',
        };
        await db.coachFeedback.put(record);
        expect(await db.coachFeedback.where('reflectionId').equals(REFLECTION).count()).toBe(1);
        expect(await db.coachFeedback.where('unread').equals(1).count()).toBe(1);
      },
    );
  });
});
