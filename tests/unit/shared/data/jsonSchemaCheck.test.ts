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

  it('refuses a field the shape does not name, even one every object inherits', () => {
    const check = compileJsonSchema({
      type: 'object',
      properties: { a: { type: 'string' } },
      required: ['a'],
      additionalProperties: false,
    });
    expect(check({ a: 'x' })).toBe(true);
    expect(check({ a: 'x', b: 'y' })).toBe(false);
    expect(check({ a: 'x', constructor: 'y' })).toBe(false);
    expect(check({ a: 'x', toString: 'y' })).toBe(false);
    expect(check(JSON.parse('{"a": "x", "__proto__": "y"}'))).toBe(false);
  });

  it('takes any of several types or shapes, and every item of a list, as the published schema does', () => {
    const check = compileJsonSchema({
      type: 'array',
      items: { anyOf: [{ type: 'string', maxLength: 1 }, { type: 'integer' }, { type: 'null' }] },
      minItems: 1,
      maxItems: 3,
    });
    expect(check(['a', 2, null])).toBe(true);
    expect(check(['a', 2.5])).toBe(false);
    expect(check(['ab'])).toBe(false);
    expect(check([])).toBe(false);
    expect(check(['a', 'b', 'c', 'd'])).toBe(false);
    const several = compileJsonSchema({ type: ['string', 'number', 'boolean'] });
    expect([several('x'), several(1), several(false), several(null), several({})]).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('refuses to compile a keyword it does not know, rather than let everything through', () => {
    expect(() => compileJsonSchema({ type: 'string', contentEncoding: 'base64' })).toThrow(
      UnsupportedJsonSchemaError,
    );
  });
});
