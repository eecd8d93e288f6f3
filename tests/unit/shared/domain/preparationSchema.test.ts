import { describe, expect, it } from 'vitest';
import {
  createDraftPreparation,
  DEFAULT_REMIND_AFTER_MINUTES,
  preparationDraftSchema,
  preparationReadySchema,
} from '../../../../shared/domain/preparationSchema';
import { preparationPromptFor } from '../../../../shared/domain/preparationLabels';
import { createDraftReflection, reflectionDraftSchema } from '../../../../shared/domain/reflectionSchema';

const PERSON = '019ce0a2-5d40-7000-8000-000000000010';
const now = new Date('2026-03-10T09:00:00Z');

function draft() {
  return createDraftPreparation({
    now,
    timeZone: 'Europe/London',
    id: '019ce0a2-5d40-7000-8000-000000000001',
  });
}

describe('preparation schema', () => {
  it('creates a draft with nothing planned yet and a reminder 30 minutes after', () => {
    expect(draft()).toMatchObject({
      status: 'draft',
      personIds: [],
      plannedAt: null,
      timeZone: 'Europe/London',
      goal: '',
      principles: {},
      objections: '',
      opening: '',
      remindAfterMinutes: DEFAULT_REMIND_AFTER_MINUTES,
      reflectionId: null,
      deletedAt: null,
      revision: 0,
    });
    expect(DEFAULT_REMIND_AFTER_MINUTES).toBe(30);
  });

  it('keeps a half-written draft but needs a person and a goal to be ready, naming both at once', () => {
    expect(preparationDraftSchema.safeParse({ ...draft(), goal: '' }).success).toBe(true);
    const result = preparationReadySchema.safeParse({ ...draft(), status: 'ready' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      'Add the person the conversation is with',
      '“What do you want from it?” is required',
    ]);
    expect(
      preparationReadySchema.safeParse({ ...draft(), status: 'ready', personIds: [PERSON], goal: 'A date' })
        .success,
    ).toBe(true);
  });

  it('refuses a reminder offset outside 0 to 1440 whole minutes, naming the field', () => {
    for (const bad of [-1, 1441, 2.5]) {
      const result = preparationDraftSchema.safeParse({ ...draft(), remindAfterMinutes: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toContain('Remind me to reflect');
    }
    expect(preparationDraftSchema.parse({ ...draft(), remindAfterMinutes: 0 }).remindAfterMinutes).toBe(0);
  });

  it('refuses a time that does not exist and an unknown principle', () => {
    expect(
      preparationDraftSchema.safeParse({ ...draft(), plannedAt: '2026-02-30T10:00' }).error?.issues[0]
        ?.message,
    ).toBe('“When is it?” is not a real date (2026-02-30 does not exist)');
    expect(
      preparationDraftSchema.safeParse({ ...draft(), principles: { 'not-a-principle': { notes: '' } } })
        .success,
    ).toBe(false);
    expect(
      preparationDraftSchema.parse({ ...draft(), principles: { 'empowered-adults': {} } }).principles,
    ).toEqual({ 'empowered-adults': { notes: '' } });
  });

  it('asks each built-in principle its own planning question and a custom one the general question', () => {
    expect(preparationPromptFor('empowered-adults')).toContain('manager');
    expect(preparationPromptFor('sphere-of-influence')).toContain('what is in it for them');
    expect(preparationPromptFor('019ce0a2-5d40-7000-8000-0000000000ff')).toBe(
      'How will I bring this principle into the conversation?',
    );
  });
});

describe('reflection preparationId', () => {
  it('reads records and exports from before plans as not linked, and keeps a link', () => {
    const { preparationId, ...old } = createDraftReflection({ now, timeZone: 'UTC' });
    expect(preparationId).toBeNull();
    expect(reflectionDraftSchema.parse(old).preparationId).toBeNull();
    const linked = { ...old, preparationId: '019ce0a2-5d40-7000-8000-000000000001' };
    expect(reflectionDraftSchema.parse(linked).preparationId).toBe('019ce0a2-5d40-7000-8000-000000000001');
    expect(reflectionDraftSchema.safeParse({ ...old, preparationId: 'tom' }).success).toBe(false);
  });
});
