import { JournalDatabase } from './JournalDatabase';

export class DatabaseOpenTimeoutError extends Error {
  override name = 'TimeoutError';
}

/**
 * Opens the database, giving up with a clear error instead of hanging when another
 * window holds an older version open. A version change from elsewhere closes this
 * connection and tells the app, so it can ask the person to reload.
 */
export async function openJournalDatabase(
  options: { name?: string; timeoutMs?: number; onVersionChange?: () => void; onBlocked?: () => void } = {},
): Promise<JournalDatabase> {
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
  try {
    await Promise.race([db.open(), timeout]);
    return db;
  } finally {
    clearTimeout(timer);
  }
}
