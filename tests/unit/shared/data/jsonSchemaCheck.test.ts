import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileJsonSchema, UnsupportedJsonSchemaError } from '../../../../shared/data/jsonSchemaCheck';
import { generateJournal } from '../../../../shared/domain/generateJournal';
import { reflection } from './exportFixtures';

const published = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../../docs/export-format.schema.json', import.meta.url)), 'utf8'),
) as { properties: { reflections: { items: Record<string, unknown> } } };

describe('compileJsonSchema', () => {
  const fits = compileJsonSchema(published.properties.reflections.items);

  it('accepts the reflections the app writes, as the published schema does', () => {
    const { reflections } = generateJournal({
      seed: 3,
      reflections: 40,
      startDate: '2025-01-01',
      endDate: '2025-06-30',
      timeZone: 'Asia/Tokyo',
    });
    expect(reflections.filter((entry) => !fits(entry))).toEqual([]);
  });

  it.each([
    ['a wrong type', { asked: 42 }],
    ['a value outside its list', { status: 'finished' }],
    ['text over its limit', { asked: 'x'.repeat(20_001) }],
    ['an id that is not a UUIDv7', { id: 'not-an-id' }],
    ['a key the format does not have', { mood: 'fine' }],
    [
      'a rating outside 1 to 5',
      { principles: { 'sphere-of-influence': { applied: true, rating: 6, notes: '', checks: {} } } },
    ],
  ])('refuses %s', (_, change) => {
    expect(fits(reflection(1))).toBe(true);
    expect(fits({ ...reflection(1), ...change })).toBe(false);
  });

  it('refuses a reflection missing a field the format requires', () => {
    const { tags: _tags, ...withoutTags } = reflection(1);
    expect(fits(withoutTags)).toBe(false);
  });

  it('counts characters, not UTF-16 units, against a length limit', () => {
    const check = compileJsonSchema({ type: 'string', maxLength: 2, minLength: 2 });
    expect(check('😀😀')).toBe(true);
    expect(check('😀😀😀')).toBe(false);
    expect(check('😀')).toBe(false);
  });

  it('refuses to compile a keyword it does not know, rather than let everything through', () => {
    expect(() => compileJsonSchema({ type: 'string', contentEncoding: 'base64' })).toThrow(
      UnsupportedJsonSchemaError,
    );
  });
});
