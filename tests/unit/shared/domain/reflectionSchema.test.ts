import { describe, expect, it } from 'vitest';
import {
  createDraftReflection,
  fieldErrors,
  reflectionCompleteSchema,
  reflectionDraftSchema,
} from '../../../../shared/domain';
import { completeReflection, FIXED_NOW, PERSON_ID, REFLECTION_ID } from './reflectionFixture';

function errorsFor(schema: typeof reflectionDraftSchema | typeof reflectionCompleteSchema, input: unknown) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrors(result.error);
}

describe('createDraftReflection', () => {
  it('starts a draft at the current wall-clock time in the given zone', () => {
    const draft = createDraftReflection({ now: FIXED_NOW, timeZone: 'America/New_York', id: REFLECTION_ID });
    expect(draft).toMatchObject({
      id: REFLECTION_ID,
      status: 'draft',
      createdAt: '2026-03-14T13:30:00.000Z',
      updatedAt: '2026-03-14T13:30:00.000Z',
      occurredAt: '2026-03-14T09:30',
      timeZone: 'America/New_York',
      personIds: [],
      asked: '',
      outcome: null,
      principles: {},
      nextStep: { text: '', followUpAt: null, timeZone: 'America/New_York' },
      tags: [],
      starred: false,
      isPrivate: false,
      mode: 'guided',
      deletedAt: null,
    });
  });

  it('generates a UUIDv7 whose timestamp is the given now, not the clock', () => {
    const draft = createDraftReflection({ now: FIXED_NOW, timeZone: 'UTC' });
    expect(draft.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(draft.id.replace('-', '').slice(0, 12), 16)).toBe(FIXED_NOW.getTime());
  });

  it('refuses an unknown time zone', () => {
    expect(() => createDraftReflection({ now: FIXED_NOW, timeZone: 'Mars/Olympus' })).toThrow(
      'Unknown time zone: Mars/Olympus',
    );
  });
});

describe('reflectionDraftSchema', () => {
  it('accepts a draft with only an id and timestamps and fills every default', () => {
    const parsed = reflectionDraftSchema.parse({
      id: REFLECTION_ID,
      createdAt: '2026-03-14T13:30:00.000Z',
      updatedAt: '2026-03-14T13:30:00+01:00',
    });
    expect(parsed.occurredAt).toBeNull();
    expect(parsed.timeZone).toBe('UTC');
    expect(parsed.status).toBe('draft');
    expect(parsed.nextStep).toEqual({ text: '', followUpAt: null, timeZone: 'UTC' });
  });

  it('requires the id and timestamps even for a draft', () => {
    expect(errorsFor(reflectionDraftSchema, {})).toEqual({
      id: 'Reflection id is required',
      createdAt: 'Created at is required',
      updatedAt: 'Updated at is required',
    });
  });

  it('rejects an id that is not a UUIDv7', () => {
    const errors = errorsFor(
      reflectionDraftSchema,
      completeReflection({ id: '9b2f4e1c-3a5d-4e6f-8a7b-1c2d3e4f5a6b' }),
    );
    expect(errors.id).toBe('Reflection id must be a UUIDv7 such as 0190b5e2-7c4d-7a1b-8c3d-1e2f3a4b5c6d');
  });

  it('names the field and the limit when a long text is too long', () => {
    const errors = errorsFor(reflectionDraftSchema, completeReflection({ asked: 'x'.repeat(20_001) }));
    expect(errors).toEqual({ asked: '“What did you ask for?” is too long (20,000 characters at most)' });
  });

  it('accepts a long text of exactly 20,000 characters', () => {
    expect(reflectionDraftSchema.safeParse(completeReflection({ learned: 'x'.repeat(20_000) })).success).toBe(
      true,
    );
  });

  it('rejects a date that does not exist on the calendar', () => {
    const errors = errorsFor(reflectionDraftSchema, completeReflection({ occurredAt: '2026-02-30T10:00' }));
    expect(errors).toEqual({
      occurredAt: '“When did it happen?” is not a real date (2026-02-30 does not exist)',
    });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(
      reflectionDraftSchema.safeParse(completeReflection({ occurredAt: '2028-02-29T10:00' })).success,
    ).toBe(true);
    expect(
      errorsFor(reflectionDraftSchema, completeReflection({ occurredAt: '2027-02-29T10:00' })).occurredAt,
    ).toBe('“When did it happen?” is not a real date (2027-02-29 does not exist)');
  });

  it('rejects a time that does not exist and a value that is not a date-time', () => {
    expect(errorsFor(reflectionDraftSchema, completeReflection({ occurredAt: '2026-03-01T24:00' }))).toEqual({
      occurredAt: '“When did it happen?” is not a real time (24:00 does not exist)',
    });
    expect(errorsFor(reflectionDraftSchema, completeReflection({ occurredAt: 'last Tuesday' }))).toEqual({
      occurredAt: '“When did it happen?” must be a date and time such as 2026-03-14T09:30',
    });
  });

  it('rejects a follow-up date that does not exist, under its own path', () => {
    const reflection = completeReflection();
    const errors = errorsFor(reflectionDraftSchema, {
      ...reflection,
      nextStep: { ...reflection.nextStep, followUpAt: '2026-04-31T09:00' },
    });
    expect(errors).toEqual({
      'nextStep.followUpAt': 'Follow up on is not a real date (2026-04-31 does not exist)',
    });
  });

  it('rejects a time zone that Intl does not know, and UTC offsets that are not zone names', () => {
    expect(errorsFor(reflectionDraftSchema, completeReflection({ timeZone: 'Mars/Olympus' }))).toEqual({
      timeZone: 'Time zone "Mars/Olympus" is not a known time zone (use a name such as Europe/Paris)',
    });
    expect(errorsFor(reflectionDraftSchema, completeReflection({ timeZone: '+01:00' })).timeZone).toBe(
      'Time zone "+01:00" is not a known time zone (use a name such as Europe/Paris)',
    );
  });

  it('rejects a principle rating of 6 and a fractional rating', () => {
    const entry = { applied: true, rating: 6, notes: '', checks: {} };
    expect(
      errorsFor(reflectionDraftSchema, completeReflection({ principles: { 'empowered-adults': entry } })),
    ).toEqual({ 'principles.empowered-adults.rating': 'Rating must be a whole number from 1 to 5' });
    const fractional = { ...entry, rating: 2.5 };
    expect(
      errorsFor(
        reflectionDraftSchema,
        completeReflection({ principles: { 'build-partnerships': fractional } }),
      ),
    ).toEqual({ 'principles.build-partnerships.rating': 'Rating must be a whole number from 1 to 5' });
  });

  it('rejects principles keyed by an unknown principle id', () => {
    const entry = { applied: true, rating: 3, notes: '', checks: {} };
    expect(
      errorsFor(reflectionDraftSchema, completeReflection({ principles: { 'be-nice': entry } })),
    ).toEqual({
      'principles.be-nice': 'Principle id is not a known principle',
    });
  });

  it('trims tags and rejects duplicates that differ only in case or spacing', () => {
    expect(reflectionDraftSchema.parse(completeReflection({ tags: [' budget ', 'launch'] })).tags).toEqual([
      'budget',
      'launch',
    ]);
    expect(errorsFor(reflectionDraftSchema, completeReflection({ tags: ['Budget', ' budget '] }))).toEqual({
      tags: 'Tags must be unique ("budget" appears more than once)',
    });
  });

  it('limits each tag to 50 characters and a reflection to 30 tags', () => {
    expect(errorsFor(reflectionDraftSchema, completeReflection({ tags: ['t'.repeat(51)] }))).toEqual({
      'tags.0': 'Tag is too long (50 characters at most)',
    });
    const many = Array.from({ length: 31 }, (_, index) => `tag-${index}`);
    expect(errorsFor(reflectionDraftSchema, completeReflection({ tags: many }))).toEqual({
      tags: 'Too many tags (30 at most)',
    });
  });

  it('rejects the same person listed twice', () => {
    expect(
      errorsFor(reflectionDraftSchema, completeReflection({ personIds: [PERSON_ID, PERSON_ID] })),
    ).toEqual({
      personIds: '“Who was it with?” lists the same person twice',
    });
  });

  it('rejects fields it does not know about', () => {
    const errors = errorsFor(reflectionDraftSchema, { ...completeReflection(), mood: 'great' });
    expect(errors['']).toContain('mood');
  });

  it('rejects an outcome or relationship outside the list, naming the choices', () => {
    const errors = errorsFor(reflectionDraftSchema, {
      ...completeReflection(),
      outcome: 'won',
      relationship: 'boss',
    });
    expect(errors).toEqual({
      outcome: 'Outcome must be one of: Achieved, Partly achieved, Not yet, Made it worse',
      relationship:
        'Relationship must be one of: Manager, Peer, Direct report, Other department, External, Other',
    });
  });

  it('checks each known check answer against the kind of question it is', () => {
    const principles = {
      'build-partnerships': {
        applied: true,
        rating: 4,
        notes: '',
        checks: { trust: 7, 'relationship-after': 'great' },
      },
      'negotiate-dont-manipulate': {
        applied: true,
        rating: 4,
        notes: '',
        checks: { 'tactics-used': ['bribery'] },
      },
      'empowered-adults': { applied: true, rating: 4, notes: '', checks: { 'what-i-owned': 3 } },
    };
    expect(errorsFor(reflectionDraftSchema, { ...completeReflection(), principles })).toEqual({
      'principles.build-partnerships.checks.trust':
        '"How much do we trust each other now?" must be a whole number from 1 to 5',
      'principles.build-partnerships.checks.relationship-after':
        '"How is the relationship afterwards?" must be one of: Better, About the same, Worse',
      'principles.negotiate-dont-manipulate.checks.tactics-used':
        '"Which tactics did I use?" has an option that does not exist ("bribery")',
      'principles.empowered-adults.checks.what-i-owned':
        '"What did I take ownership of?" must be answered with text',
    });
  });

  it('keeps answers to checks it does not know, so newer data survives a round trip', () => {
    const principles = {
      'empowered-adults': { applied: null, rating: null, notes: '', checks: { 'future-check': 'yes' } },
    };
    const parsed = reflectionDraftSchema.parse(completeReflection({ principles }));
    expect(parsed.principles['empowered-adults']?.checks).toEqual({ 'future-check': 'yes' });
  });
});

describe('reflectionCompleteSchema', () => {
  it('accepts a reflection with a person, a request and a date', () => {
    expect(reflectionCompleteSchema.safeParse(completeReflection()).success).toBe(true);
  });

  it('asks for at least one person', () => {
    expect(errorsFor(reflectionCompleteSchema, completeReflection({ personIds: [] }))).toEqual({
      personIds: 'Add at least one person',
    });
  });

  it('asks for what was asked, ignoring whitespace-only text', () => {
    expect(errorsFor(reflectionCompleteSchema, completeReflection({ asked: '  \n ' }))).toEqual({
      asked: '“What did you ask for?” is required',
    });
  });

  it('asks for when it happened', () => {
    expect(errorsFor(reflectionCompleteSchema, completeReflection({ occurredAt: null }))).toEqual({
      occurredAt: '“When did it happen?” is required',
    });
  });

  it('completes a quick note with only what happened, and says so when that is missing', () => {
    const quick = completeReflection({ mode: 'quick', personIds: [], asked: '', context: 'They said no.' });
    expect(reflectionCompleteSchema.safeParse(quick).success).toBe(true);
    expect(errorsFor(reflectionCompleteSchema, { ...quick, context: ' ' })).toEqual({
      context: '“What happened?” is required',
    });
  });

  it('keeps a quick note saved under the older rule (a person and a request) complete', () => {
    const older = completeReflection({ mode: 'quick', context: '' });
    expect(reflectionCompleteSchema.safeParse(older).success).toBe(true);
  });

  it('reports every missing requirement at once', () => {
    const draft = createDraftReflection({ now: FIXED_NOW, timeZone: 'UTC', id: REFLECTION_ID });
    expect(Object.keys(errorsFor(reflectionCompleteSchema, { ...draft, occurredAt: null })).sort()).toEqual([
      'asked',
      'occurredAt',
      'personIds',
    ]);
  });
});
