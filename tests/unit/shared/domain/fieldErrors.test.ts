import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fieldErrors, formatCount, reflectionDraftSchema } from '../../../../shared/domain';
import { completeReflection } from './reflectionFixture';

describe('fieldErrors', () => {
  it('keys each message by its dotted field path', () => {
    const result = reflectionDraftSchema.safeParse(
      completeReflection({
        context: 'x'.repeat(20_001),
        nextStep: { text: '', followUpAt: 'soon', timeZone: 'UTC' },
      }),
    );
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({
      context: '“What happened?” is too long (20,000 characters at most)',
      'nextStep.followUpAt': 'Follow up on must be a date and time such as 2026-03-14T09:30',
    });
  });

  it('keeps the first message when a field has several', () => {
    const schema = z.strictObject({
      name: z.string().min(3, { error: 'first' }).regex(/^A/, { error: 'second' }),
    });
    const result = schema.safeParse({ name: 'x' });
    expect(result.success ? {} : fieldErrors(result.error)).toEqual({ name: 'first' });
  });

  it("uses '' for problems with the whole object", () => {
    const result = z.strictObject({}).safeParse({ extra: 1 });
    expect(Object.keys(result.success ? {} : fieldErrors(result.error))).toEqual(['']);
  });

  it('treats a path segment named __proto__ as an ordinary key', () => {
    const errors = fieldErrors({
      issues: [{ code: 'custom', path: ['__proto__'], message: 'odd key' }],
    });
    expect(Object.getPrototypeOf(errors)).toBe(Object.prototype);
    expect(Object.keys(errors)).toEqual(['__proto__']);
  });
});

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(20_000)).toBe('20,000');
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatCount(50)).toBe('50');
  });
});
