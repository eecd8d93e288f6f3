import { JournalDatabase } from './JournalDatabase';
import type { SchemaVersion } from './schemaVersions';

export class DatabaseOpenTimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Another window holds the journal open at an older version, so this one cannot upgrade it. */
export class JournalUpgradeBlockedError extends Error {
  override name = 'BlockedError';
}

export interface JournalDatabaseOptions {
  name?: string;
  timeoutMs?: number;
  onVersionChange?: () => void;
  onBlocked?: () => void;
  /** A journal that exists started migrating to this build's version (a first start after an update). */
  onUpgradeStart?: () => void;
  /** The schema versions to open with; tests give their own. */
  versions?: readonly SchemaVersion[];
}

/**
 * Starts opening the database and hands it over at once: Dexie holds queries until the open
 * finishes, so the app can render (and read its first rows) while IndexedDB opens. `opened`
 * settles when it is open, or fails with a clear error instead of hanging: at once when another
 * window holds an older version open (it says which), or after the timeout when nothing
 * answers. Once a migration has started the timeout no longer applies: stopping midway would
 * help nobody, and a large journal may take a while. A version change from elsewhere closes
 * this connection and tells the app, so it can ask the person to reload.
 */
export function startOpeningJournalDatabase(options: JournalDatabaseOptions = {}): {
  db: JournalDatabase;
  opened: Promise<JournalDatabase>;
} {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const db = new JournalDatabase(options.name, options.versions, {
    onUpgradeStart: (oldVersion) => {
      clearTimeout(timer);
      // Creating the journal (a first start) is quick and no update: nothing to say.
      if (oldVersion > 0) options.onUpgradeStart?.();
    },
  });
  db.on('versionchange', () => {
    db.close();
    options.onVersionChange?.();
    return false;
  });
  const blocked = new Promise<never>((_, reject) => {
    db.on('blocked', () => {
      options.onBlocked?.();
      reject(
        new JournalUpgradeBlockedError(
          'An older version of Influence Journal has the journal open in another window or tab.',
        ),
      );
    });
  });
  const timeoutMs = options.timeoutMs ?? 10_000;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(new DatabaseOpenTimeoutError(`The journal did not open within ${timeoutMs / 1000} seconds.`)),
      timeoutMs,
    );
  });
  const opened = Promise.race([db.open().then(() => db), timeout, blocked]).finally(() =>
    clearTimeout(timer),
  );
  return { db, opened };
}

/** Opens the database and resolves once it is open (see startOpeningJournalDatabase). */
export function openJournalDatabase(options: JournalDatabaseOptions = {}): Promise<JournalDatabase> {
  return startOpeningJournalDatabase(options).opened;
}
