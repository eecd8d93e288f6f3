import { describe, expect, it } from 'vitest';
import { askedPreview, reflectionListRowSchema, toListRow } from '../../../../shared/domain';
import { completeReflection, PERSON_ID, REFLECTION_ID } from './reflectionFixture';

describe('toListRow', () => {
  it('keeps only what the journal list shows', () => {
    const reflection = completeReflection({
      outcome: 'partly-achieved',
      tags: ['budget'],
      starred: true,
      principles: {
        'empowered-adults': { applied: true, rating: 4, notes: 'long notes', checks: {} },
        'sphere-of-influence': { applied: false, rating: 2, notes: '', checks: {} },
        'build-partnerships': { applied: null, rating: null, notes: '', checks: {} },
      },
    });
    expect(toListRow(reflection)).toEqual({
      id: REFLECTION_ID,
      occurredAt: '2026-03-14T14:30',
      personIds: [PERSON_ID],
      askedPreview: 'Asked Tom for the product details a week early.',
      outcome: 'partly-achieved',
      principleIds: ['empowered-adults'],
      tags: ['budget'],
      starred: true,
      isPrivate: false,
      status: 'draft',
      deletedAt: null,
    });
  });

  it('produces a row its own schema accepts', () => {
    const row = toListRow(completeReflection({ asked: '🙂'.repeat(500) }));
    expect(reflectionListRowSchema.safeParse(row).success).toBe(true);
  });

  it('does not share arrays with the reflection it came from', () => {
    const reflection = completeReflection({ tags: ['budget'] });
    const row = toListRow(reflection);
    expect(row.tags).not.toBe(reflection.tags);
    expect(row.personIds).not.toBe(reflection.personIds);
  });
});

describe('askedPreview', () => {
  it('keeps the first 140 characters on one line', () => {
    const asked = `Line one\n\n  line two ${'x'.repeat(300)}`;
    const preview = askedPreview(asked);
    expect(preview.startsWith('Line one line two x')).toBe(true);
    expect(preview).toHaveLength(140);
  });

  it('never cuts an emoji in half', () => {
    const preview = askedPreview('🙂'.repeat(200));
    expect(Array.from(preview)).toHaveLength(140);
    expect(preview).toBe('🙂'.repeat(140));
  });

  it('returns short text unchanged', () => {
    expect(askedPreview('  Budget for Q3  ')).toBe('Budget for Q3');
  });
});
