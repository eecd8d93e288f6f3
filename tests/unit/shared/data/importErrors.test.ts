import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import {
  describeIssue,
  fieldLabel,
  ImportFileError,
  importErrorFromIssues,
  recordLabel,
} from '../../../../shared/data/importErrors';
import { personSchema } from '../../../../shared/domain/personSchema';
import { reflectionDraftSchema } from '../../../../shared/domain/reflectionSchema';
import { completeReflection, REFLECTION_ID } from '../domain/reflectionFixture';

const fileSchema = z.strictObject({
  reflections: z.array(reflectionDraftSchema),
  people: z.array(personSchema).default([]),
});

function firstProblem(file: unknown): string {
  const result = fileSchema.safeParse(file);
  if (result.success) throw new Error('expected the file to be invalid');
  return importErrorFromIssues(result.error.issues, file).message;
}

describe('import error messages', () => {
  it('names the record by position and id and the field by its label', () => {
    const file = {
      reflections: [
        completeReflection(),
        completeReflection(),
        completeReflection({ asked: 'x'.repeat(20_001) }),
      ],
    };
    expect(firstProblem(file)).toBe(
      `This file cannot be imported. Reflection 3 (id ${REFLECTION_ID.slice(0, 40)}), field “What did you ask for?”: ` +
        '“What did you ask for?” is too long (20,000 characters at most).',
    );
  });

  it('names nested fields in the words the form uses', () => {
    const followUp = completeReflection({ nextStep: { text: '', followUpAt: 'soon', timeZone: 'UTC' } });
    expect(firstProblem({ reflections: [followUp] })).toContain('field “Follow up on”: Follow up on must be');
    const rating = completeReflection({
      principles: {
        'empowered-adults': { applied: true, rating: 9, notes: '', checks: {} },
      },
    });
    expect(firstProblem({ reflections: [rating] })).toContain(
      'field “How well did you apply this? (principle “empowered-adults”)”: Rating must be a whole number from 1 to 5.',
    );
  });

  it('names people and counts the problems after the first', () => {
    const person = { id: 'not-an-id', name: '', createdAt: 'yesterday', updatedAt: 'today' };
    const message = firstProblem({ reflections: [], people: [person] });
    expect(message).toMatch(/^This file cannot be imported\. Person 1 \(id not-an-id\), field “Person id”: /);
    expect(message).toMatch(/It has 3 more problems after that one\.$/);
  });

  it('names a record without an id by position only, and problems outside records by key', () => {
    expect(describeIssue({ path: [], message: 'Too many people' }, {}, ['people', 4])).toBe(
      'Person 5: Too many people.',
    );
    expect(describeIssue({ path: ['exportedAt'], message: 'Exported at is required' }, {})).toBe(
      'The file’s “exportedAt”: Exported at is required.',
    );
    expect(describeIssue({ path: [], message: 'Unrecognized key: "x"' }, {})).toBe(
      'The file: Unrecognized key: "x".',
    );
  });

  it('shortens a hostile id and never reads inherited properties', () => {
    expect(recordLabel('reflections', 0, { id: 'a'.repeat(500) })).toBe(
      `Reflection 1 (id ${'a'.repeat(40)}…)`,
    );
    expect(fieldLabel('reflections', ['toString'])).toBe('toString');
    expect(fieldLabel('people', ['name'])).toBe('Name');
    expect(recordLabel('__proto__', 1, null)).toBe('Record 2');
  });

  it('is an Error with its own name', () => {
    const error = new ImportFileError('No.', { cause: 1 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ImportFileError');
    expect(error.cause).toBe(1);
  });
});
