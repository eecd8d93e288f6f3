import { describe, expect, it } from 'vitest';
import { askedPreview, firstWrittenText, toListRow } from '../../../../shared/domain';
import { reflectionListRowSchema } from '../../../../shared/domain/reflectionListRowSchema';
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

describe('the card text of a draft or note', () => {
  it('is the first words of the first field with anything written, not only the request', () => {
    const note = completeReflection({ asked: '', context: '  ', approach: 'Called Mia before the review.' });
    expect(firstWrittenText(note)).toBe('Called Mia before the review.');
    expect(toListRow(note).askedPreview).toBe('Called Mia before the review.');
  });

  it('reaches principle notes, what was learned and the next step', () => {
    const empty = completeReflection({ asked: '' });
    const principles = {
      'empowered-adults': { applied: null, rating: null, notes: 'Left it to her', checks: {} },
    };
    expect(toListRow({ ...empty, principles }).askedPreview).toBe('Left it to her');
    expect(toListRow({ ...empty, learned: 'Ask earlier' }).askedPreview).toBe('Ask earlier');
    const nextStep = { ...empty.nextStep, text: 'Send the agenda' };
    expect(toListRow({ ...empty, nextStep }).askedPreview).toBe('Send the agenda');
  });

  it('prefers the request when there is one', () => {
    const reflection = completeReflection({ context: 'Budget week' });
    expect(toListRow(reflection).askedPreview).toBe('Asked Tom for the product details a week early.');
  });

  it('is empty only when nothing was written anywhere', () => {
    expect(toListRow(completeReflection({ asked: ' \n ' })).askedPreview).toBe('');
  });
});

describe('askedPreview', () => {
  it('keeps the first 140 characters on one line, the last an ellipsis when there is more', () => {
    const asked = `Line one\n\n  line two ${'x'.repeat(300)}`;
    const preview = askedPreview(asked);
    expect(preview.startsWith('Line one line two x')).toBe(true);
    expect(Array.from(preview)).toHaveLength(140);
    expect(preview.endsWith('x…')).toBe(true);
  });

  it('never cuts an emoji in half', () => {
    const preview = askedPreview('🙂'.repeat(200));
    expect(Array.from(preview)).toHaveLength(140);
    expect(preview).toBe(`${'🙂'.repeat(139)}…`);
  });

  it('adds no ellipsis to text of exactly 140 characters', () => {
    expect(askedPreview('y'.repeat(140))).toBe('y'.repeat(140));
  });

  it('returns short text unchanged', () => {
    expect(askedPreview('  Budget for Q3  ')).toBe('Budget for Q3');
  });
});
