import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkRememberedLocaleConventions,
  forgetLocaleConventionsForTests,
  LOCALE_CONVENTIONS_STORAGE_KEY,
  localeConventions,
  useLocaleConventions,
} from '../../../../renderer/app/localeConventions';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

/** Counts Intl objects made (a spy would not construct them, and Intl's answers are the point). */
function countIntl(name: 'DateTimeFormat' | 'Locale') {
  const original = Intl[name];
  const calls = { count: 0 };
  const counting = new Proxy(original, {
    construct(target, args: unknown[]) {
      calls.count += 1;
      return Reflect.construct(target, args) as object;
    },
  });
  Object.defineProperty(Intl, name, { value: counting, configurable: true, writable: true });
  restores.push(() =>
    Object.defineProperty(Intl, name, { value: original, configurable: true, writable: true }),
  );
  return calls;
}
const restores: (() => void)[] = [];

const remembered = (value: object) => ({ [LOCALE_CONVENTIONS_STORAGE_KEY]: JSON.stringify(value) });

afterEach(() => {
  for (const restore of restores.splice(0)) restore();
  forgetLocaleConventionsForTests();
});

describe('the language conventions the first rows are written in', () => {
  it('asks Intl at the first start and remembers the answer for that language', () => {
    const storage = memoryStorage();
    const intl = countIntl('DateTimeFormat');
    expect(localeConventions('en-US', storage)).toEqual({ hour12: true, order: 'mdy', weekStartsOn: 0 });
    expect(intl.count).toBeGreaterThan(0);
    expect(JSON.parse(storage.getItem(LOCALE_CONVENTIONS_STORAGE_KEY) ?? 'null')).toEqual({
      locale: 'en-US',
      hour12: true,
      order: 'mdy',
      weekStartsOn: 0,
    });
  });

  it('at a later start takes the remembered answer without making any Intl object', () => {
    const storage = memoryStorage(
      remembered({ locale: 'de-DE', hour12: false, order: 'dmy', weekStartsOn: 1 }),
    );
    const dateFormat = countIntl('DateTimeFormat');
    const locale = countIntl('Locale');
    const conventions = localeConventions('de-DE', storage);
    expect(conventions).toEqual({ hour12: false, order: 'dmy', weekStartsOn: 1 });
    // The same object on every call, so a page comparing them sees no change.
    expect(localeConventions('de-DE', storage)).toBe(conventions);
    expect(dateFormat.count).toBe(0);
    expect(locale.count).toBe(0);
  });

  it('does not take what was remembered for another language', () => {
    const storage = memoryStorage(
      remembered({ locale: 'de-DE', hour12: false, order: 'dmy', weekStartsOn: 1 }),
    );
    expect(localeConventions('en-US', storage)).toEqual({ hour12: true, order: 'mdy', weekStartsOn: 0 });
  });

  it.each([
    ['not JSON', '{'],
    ['a wrong order', JSON.stringify({ locale: 'en-US', hour12: false, order: 'xyz', weekStartsOn: 1 })],
    [
      'a weekday out of range',
      JSON.stringify({ locale: 'en-US', hour12: false, order: 'dmy', weekStartsOn: 7 }),
    ],
    ['no clock', JSON.stringify({ locale: 'en-US', order: 'dmy', weekStartsOn: 1 })],
  ])('asks Intl again when the remembered answer is %s', (_what, raw) => {
    const storage = memoryStorage({ [LOCALE_CONVENTIONS_STORAGE_KEY]: raw });
    expect(localeConventions('en-US', storage)).toEqual({ hour12: true, order: 'mdy', weekStartsOn: 0 });
  });

  it('works without storage that can be read or written', () => {
    const broken = {
      getItem: () => {
        throw new Error('storage disabled');
      },
      setItem: () => {
        throw new Error('storage disabled');
      },
    };
    expect(localeConventions('en-US', broken)).toEqual({ hour12: true, order: 'mdy', weekStartsOn: 0 });
  });

  it('after start-up, a remembered answer Intl no longer gives is replaced, and pages redraw with it', () => {
    // As if a browser update changed the language's data since the answer was remembered.
    const storage = memoryStorage(
      remembered({ locale: 'en-US', hour12: false, order: 'ymd', weekStartsOn: 3 }),
    );
    localeConventions('en-US', storage);
    const { result } = renderHook(() => useLocaleConventions('en-US'));
    expect(result.current).toEqual({ hour12: false, order: 'ymd', weekStartsOn: 3 });
    act(() => checkRememberedLocaleConventions('en-US', storage));
    expect(result.current).toEqual({ hour12: true, order: 'mdy', weekStartsOn: 0 });
    expect(JSON.parse(storage.getItem(LOCALE_CONVENTIONS_STORAGE_KEY) ?? 'null')).toMatchObject({
      hour12: true,
      order: 'mdy',
      weekStartsOn: 0,
    });
  });

  it('after start-up, a remembered answer that still holds stays the same object', () => {
    const storage = memoryStorage(
      remembered({ locale: 'en-US', hour12: true, order: 'mdy', weekStartsOn: 0 }),
    );
    const before = localeConventions('en-US', storage);
    checkRememberedLocaleConventions('en-US', storage);
    expect(localeConventions('en-US', storage)).toBe(before);
  });
});
