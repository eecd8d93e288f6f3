import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { toProgressFact } from '../../../../shared/progress/progressFact';

const PERSON = '01890a5d-ac96-774b-bcce-b302099a8057';

function complete(overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date('2026-03-29T00:30:00Z'), timeZone: 'Europe/Berlin' }),
    status: 'complete',
    personIds: [PERSON],
    asked: 'The budget',
    ...overrides,
  };
}

describe('toProgressFact', () => {
  it('keeps the local day as written, not the UTC one', () => {
    // 00:30 UTC is 01:30 in Berlin on the same day; 23:30 UTC on the 28th is the 29th in Berlin.
    const late = complete({ occurredAt: '2026-03-29T00:45' });
    expect(toProgressFact(late)?.day).toBe('2026-03-29');
  });

  it('takes ratings, the escalation answer, trust, the relationship after, and flags manipulative tactics', () => {
    const fact = toProgressFact(
      complete({
        outcome: 'achieved',
        relationship: 'peer',
        tags: ['budget'],
        principles: {
          'empowered-adults': {
            applied: true,
            rating: 4,
            notes: 'kept',
            checks: { 'escalated-to-manager': 'yes' },
          },
          'build-partnerships': {
            applied: null,
            rating: null,
            notes: '',
            checks: { trust: 3, 'relationship-after': 'better' },
          },
          'negotiate-dont-manipulate': {
            applied: false,
            rating: 2,
            notes: '',
            checks: { 'tactics-used': ['shared-data', 'false-urgency'] },
          },
        },
      }),
    );
    expect(fact).toEqual({
      id: expect.any(String),
      day: '2026-03-29',
      outcome: 'achieved',
      principles: {
        'empowered-adults': { applied: true, rating: 4 },
        'build-partnerships': { applied: null, rating: null },
        'negotiate-dont-manipulate': { applied: false, rating: 2 },
      },
      escalated: 'yes',
      trust: 3,
      relationshipAfter: 'better',
      personIds: [PERSON],
      relationship: 'peer',
      tags: ['budget'],
      usedManipulativeTactic: true,
    });
  });

  it('reads an unanswered choice as no answer and collaborative tactics as not manipulative', () => {
    const fact = toProgressFact(
      complete({
        principles: {
          'empowered-adults': {
            applied: true,
            rating: null,
            notes: '',
            checks: { 'escalated-to-manager': '' },
          },
          'negotiate-dont-manipulate': {
            applied: true,
            rating: 5,
            notes: '',
            checks: { 'tactics-used': ['shared-data'] },
          },
        },
      }),
    );
    expect(fact).toMatchObject({
      escalated: null,
      trust: null,
      relationshipAfter: null,
      usedManipulativeTactic: false,
    });
  });

  it('gives drafts and reflections in the Trash no fact', () => {
    expect(toProgressFact(complete({ status: 'draft' }))).toBeNull();
    expect(toProgressFact(complete({ deletedAt: '2026-03-30T10:00:00.000Z' }))).toBeNull();
    expect(toProgressFact(complete())).not.toBeNull();
  });
});
