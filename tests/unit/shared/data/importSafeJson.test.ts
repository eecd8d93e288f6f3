import { describe, expect, it } from 'vitest';
import { ImportFileError } from '../../../../shared/data/importErrors';
import { parseJsonSafely } from '../../../../shared/data/safeJson';

function failure(text: string): ImportFileError {
  try {
    parseJsonSafely(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    return error as ImportFileError;
  }
  throw new Error('expected parseJsonSafely to throw');
}

describe('parseJsonSafely', () => {
  it('parses JSON and ignores a byte-order mark', () => {
    expect(parseJsonSafely('\uFEFF{"a":[1,"two"]}')).toEqual({ a: [1, 'two'] });
  });

  it('drops __proto__ at every depth and pollutes nothing', () => {
    const result = parseJsonSafely(
      '{"__proto__":{"polluted":1},"nested":[{"__proto__":{"polluted":2}}]}',
    ) as {
      nested: object[];
    };
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.hasOwn(result, '__proto__')).toBe(false);
    expect((result as { polluted?: unknown }).polluted).toBeUndefined();
    expect(result.nested.map((item) => Object.hasOwn(item, '__proto__'))).toEqual([false]);
    expect(Object.keys(result)).toEqual(['nested']);
  });

  it('drops constructor and prototype keys', () => {
    const result = parseJsonSafely(
      '{"constructor":{"prototype":{"polluted":1}},"keep":{"prototype":1,"x":2}}',
    );
    expect(result).toEqual({ keep: { x: 2 } });
    expect(Object.hasOwn(result as object, 'constructor')).toBe(false);
    expect((result as object).constructor).toBe(Object);
  });

  it('drops those keys written with escapes too', () => {
    const result = parseJsonSafely(
      '{"\\u005f_proto__":{"polluted":1},"constructo\\u0072":1,"\\u0070rototype":2,"keep":"\\u0041"}',
    );
    expect(result).toEqual({ keep: 'A' });
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('parses a file with none of those keys as JSON.parse does, words in text kept', () => {
    const text = JSON.stringify({
      reflections: [{ id: 'a', asked: 'A new constructor', tags: ['x'] }],
      n: 1.5,
    });
    expect(parseJsonSafely(text)).toEqual(JSON.parse(text));
    expect(parseJsonSafely('{"a":{"b":[null,true,"c"]}}')).toEqual({ a: { b: [null, true, 'c'] } });
  });

  it('says a file that is not JSON is not JSON', () => {
    expect(failure('Dear diary,').message).toMatch(/^This file is not JSON: /);
    expect(failure('').message).toBe('This file is not JSON: the file is empty.');
  });

  it('says where a file stops being JSON', () => {
    expect(failure('{\n  "a": 1\n  "b": 2\n}').message).toBe(
      'This file is not JSON: unexpected text at line 3, column 3.',
    );
    expect(failure('{"a":1}\n\n  x').message).toBe(
      'This file is not JSON: unexpected text at line 3, column 3.',
    );
  });

  it('says a truncated file was cut short', () => {
    expect(failure('{"reflections":[{"id":"abc","context":"half a sen').message).toBe(
      'This file is not JSON: it ends too early, as if it was cut short.',
    );
    expect(failure('{"reflections":[1,2').message).toBe(
      'This file is not JSON: it ends too early, as if it was cut short.',
    );
  });
});
