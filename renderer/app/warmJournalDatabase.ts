/**
 * Opens the journal's database, and closes it again at once, while the app's code is still
 * loading: the browser then has the database's files open and warm when the app opens it for
 * real, instead of opening them after the code has run (docs/benchmarks.md, G1, fourteenth
 * session). The built page loads this as its own tiny script, ahead of the app.
 *
 * It opens at exactly the version the app will ask for, so it never stands in an upgrade's way:
 * a journal that needs upgrading (or does not exist yet, on a first start) gets an upgrade
 * request here, which is cancelled before it changes anything, and the app's own open does the
 * upgrade as usual; a journal from a newer app fails to open here and the app says so.
 * Imports nothing, so that it loads in one small file without the app's code.
 */
export const WARMED_DATABASE_NAME = 'influence-journal';

/** The page's `<meta>` that says which IndexedDB version the built app opens the journal at. */
export const DATABASE_VERSION_META = 'influence-journal-database-version';

export function warmJournalDatabase(factory: IDBFactory, name: string, version: number): Promise<boolean> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, version);
    } catch {
      resolve(false);
      return;
    }
    request.onupgradeneeded = () => {
      // A first start or an upgrade: not this script's to do. Aborting leaves the database as it was.
      request.transaction?.abort();
    };
    request.onsuccess = () => {
      request.result.close();
      resolve(true);
    };
    request.onerror = (event) => {
      // Expected after the abort above, or for a newer journal: the app's own open reports problems.
      event.preventDefault();
      resolve(false);
    };
  });
}

/** The version from the page, or null where the page has none (dev server, tests). */
export function databaseVersionFromPage(doc: Document): number | null {
  const content = doc.querySelector(`meta[name="${DATABASE_VERSION_META}"]`)?.getAttribute('content');
  const version = Number(content);
  return content && Number.isInteger(version) && version > 0 ? version : null;
}
