import { useSyncExternalStore } from 'react';
import { localeDateTimeStyle, type DateOrder } from '../../shared/domain/dateTimeFormat';
import type { WeekStartDay } from '../../shared/progress/progressCalendar';
import { localeWeekStart } from '../features/progress/progressFormat';

/** What this computer's language says about writing dates: its clock, date order and first weekday. */
export interface LocaleConventions {
  readonly hour12: boolean;
  readonly order: DateOrder;
  readonly weekStartsOn: WeekStartDay;
}

export const LOCALE_CONVENTIONS_STORAGE_KEY = 'influence-journal:locale-conventions';

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

function pageStorage(): StorageLike | null {
  try {
    // Reading localStorage itself can throw (storage disabled), hence inside the try.
    return (globalThis as { localStorage?: StorageLike }).localStorage ?? null;
  } catch {
    return null;
  }
}

/** Asks Intl. The first Intl object a page makes loads the language data: about 100 ms at start. */
export function askIntl(locale: string): LocaleConventions {
  const { hour12, order } = localeDateTimeStyle(locale);
  return { hour12, order, weekStartsOn: localeWeekStart(locale) };
}

const isOrder = (value: unknown): value is DateOrder => value === 'dmy' || value === 'mdy' || value === 'ymd';
const isWeekDay = (value: unknown): value is WeekStartDay =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 6;

function readRemembered(storage: StorageLike | null, locale: string): LocaleConventions | null {
  try {
    const raw = storage?.getItem(LOCALE_CONVENTIONS_STORAGE_KEY) ?? null;
    if (raw === null) return null;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { locale: savedFor, hour12, order, weekStartsOn } = parsed as Record<string, unknown>;
    if (savedFor !== locale || typeof hour12 !== 'boolean' || !isOrder(order) || !isWeekDay(weekStartsOn))
      return null;
    return { hour12, order, weekStartsOn };
  } catch {
    return null;
  }
}

function remember(storage: StorageLike | null, locale: string, conventions: LocaleConventions): void {
  try {
    storage?.setItem(LOCALE_CONVENTIONS_STORAGE_KEY, JSON.stringify({ locale, ...conventions }));
  } catch {
    // Not remembered: the next start asks Intl again, which is only slower.
  }
}

const same = (a: LocaleConventions, b: LocaleConventions) =>
  a.hour12 === b.hour12 && a.order === b.order && a.weekStartsOn === b.weekStartsOn;

let known: { locale: string; conventions: LocaleConventions; checked: boolean } | null = null;
const listeners = new Set<() => void>();

/**
 * The conventions of `locale`, as Intl gave them at an earlier start when they were remembered
 * (so the journal's first rows need no Intl object), otherwise from Intl now. The same object
 * until they change, so pages that compare them see no change where there is none.
 */
export function localeConventions(
  locale: string,
  storage: StorageLike | null = pageStorage(),
): LocaleConventions {
  if (known?.locale === locale) return known.conventions;
  const remembered = readRemembered(storage, locale);
  if (remembered !== null) {
    known = { locale, conventions: remembered, checked: false };
    return remembered;
  }
  const conventions = askIntl(locale);
  remember(storage, locale, conventions);
  known = { locale, conventions, checked: true };
  return conventions;
}

/**
 * Asks Intl once what the remembered conventions say, after start-up (a browser update may
 * change a language's data): a difference is remembered and every page using them redraws.
 */
export function checkRememberedLocaleConventions(
  locale: string,
  storage: StorageLike | null = pageStorage(),
): void {
  const current = localeConventions(locale, storage);
  if (known === null || known.checked) return;
  const fresh = askIntl(locale);
  known = { locale, conventions: same(fresh, current) ? current : fresh, checked: true };
  if (known.conventions === current) return;
  remember(storage, locale, fresh);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** localeConventions(locale), redrawing when a check after start-up finds them changed. */
export function useLocaleConventions(locale: string): LocaleConventions {
  return useSyncExternalStore(
    subscribe,
    () => localeConventions(locale),
    () => localeConventions(locale),
  );
}

/** For tests: forget what this page has learnt (storage is left as it is). */
export function forgetLocaleConventionsForTests(): void {
  known = null;
}
