/**
 * Whether this installation has been through the welcome. Kept in the page's own storage, not in
 * the journal: it is about the person meeting the app, so it must not travel in exports and
 * backups, nor follow a sample or client journal. Read synchronously, so the first screen never
 * flickers while it is decided. If it is ever lost, the welcome still only shows on an empty
 * journal, so nobody with reflections is greeted as new.
 */
export const WELCOME_STORAGE_KEY = 'influence-journal:welcome';

/**
 * `done`: went through it; `skipped`: chose Skip; `not-needed`: the journal already held
 * reflections or people the first time this build started (someone upgrading).
 */
export const welcomeOutcomes = ['done', 'skipped', 'not-needed'] as const;
export type WelcomeOutcome = (typeof welcomeOutcomes)[number];

export interface WelcomeRecord {
  readonly outcome: WelcomeOutcome;
  readonly at: string;
}

/** The part of the page's storage used here, written out so the specs' setup can import this file without DOM types. */
interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function pageStorage(): StorageLike | null {
  try {
    // Reading localStorage itself can throw (storage disabled), hence inside the try.
    return (globalThis as { localStorage?: StorageLike }).localStorage ?? null;
  } catch {
    return null;
  }
}

const isOutcome = (value: unknown): value is WelcomeOutcome =>
  typeof value === 'string' && (welcomeOutcomes as readonly string[]).includes(value);

/** The stored record, or null when there is none or it cannot be read (then the journal decides). */
export function readWelcome(storage: StorageLike | null = pageStorage()): WelcomeRecord | null {
  let raw: string | null;
  try {
    raw = storage?.getItem(WELCOME_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { outcome, at } = parsed as Record<string, unknown>;
    return isOutcome(outcome) && typeof at === 'string' ? { outcome, at } : null;
  } catch {
    return null;
  }
}

/** True once the welcome was done, skipped or found unnecessary: it is not offered at start again. */
export const isWelcomeSettled = (storage: StorageLike | null = pageStorage()) =>
  readWelcome(storage) !== null;

/**
 * Records how the welcome ended. Returns false when storage refuses the write (private mode, full):
 * the welcome may then show again at the next start on an empty journal, which is harmless.
 */
export function recordWelcome(
  outcome: WelcomeOutcome,
  now: Date = new Date(),
  storage: StorageLike | null = pageStorage(),
): boolean {
  if (storage === null) return false;
  try {
    const record: WelcomeRecord = { outcome, at: now.toISOString() };
    storage.setItem(WELCOME_STORAGE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

/**
 * What to do at start. The welcome is offered only when nothing is recorded, the app opened on
 * its first page (a link or a notification to another page is followed as asked), and the
 * journal is empty; a journal with anything in it records `not-needed` instead.
 */
export type StartDecision = 'show-welcome' | 'record-not-needed' | 'nothing';

export function decideAtStart(input: {
  readonly settled: boolean;
  readonly opensOnJournal: boolean;
  readonly journalIsEmpty: boolean;
}): StartDecision {
  if (input.settled) return 'nothing';
  if (!input.journalIsEmpty) return 'record-not-needed';
  return input.opensOnJournal ? 'show-welcome' : 'nothing';
}

/** The app's first page: the address with no route, or the journal itself. */
export function opensOnJournal(pathname: string): boolean {
  return pathname === '/' || pathname === '' || pathname === '/journal';
}
