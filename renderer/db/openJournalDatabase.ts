import { JournalDatabase } from './JournalDatabase';

export class DatabaseOpenTimeoutError extends Error {
  override name = 'TimeoutError';
}

export interface JournalDatabaseOptions {
  name?: string;
  timeoutMs?: number;
  onVersionChange?: () => void;
  onBlocked?: () => void;
}

/**
 * Starts opening the database and hands it over at once: Dexie holds queries until the open
 * finishes, so the app can render (and read its first rows) while IndexedDB opens. `opened`
 * settles when it is open, or fails with a clear error instead of hanging when another
 * window holds an older version open. A version change from elsewhere closes this
 * connection and tells the app, so it can ask the person to reload.
 */
export function startOpeningJournalDatabase(options: JournalDatabaseOptions = {}): {
  db: JournalDatabase;
  opened: Promise<JournalDatabase>;
} {
  const db = new JournalDatabase(options.name);
  db.on('versionchange', () => {
    db.close();
    options.onVersionChange?.();
    return false;
  });
  db.on('blocked', () => options.onBlocked?.());
  const timeoutMs = options.timeoutMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new DatabaseOpenTimeoutError(`The journal did not open within ${timeoutMs / 1000} seconds.`)),
      timeoutMs,
    );
  });
  const opened = Promise.race([db.open().then(() => db), timeout]).finally(() => clearTimeout(timer));
  return { db, opened };
}

/** Opens the database and resolves once it is open (see startOpeningJournalDatabase). */
export function openJournalDatabase(options: JournalDatabaseOptions = {}): Promise<JournalDatabase> {
  return startOpeningJournalDatabase(options).opened;
}
