import type { ListRowRecord } from '../../../db/records';
import { JOURNAL_PAGE_SIZES, opensJournalList } from '../journalPaging';

/**
 * The early painter's read: the journal's newest rows and what writing them needs, straight
 * from IndexedDB (no Dexie, no repositories: those are what is still loading). Live data only,
 * never a copy kept elsewhere. The connection is closed as soon as the read is done, and at
 * once if another connection asks for a version change, so it never holds up an upgrade.
 */

export interface EarlyRowsData {
  /** The first page, newest first, with the rows in the Trash dropped, as the list reads it. */
  readonly rows: readonly ListRowRecord[];
  /** Whether these are all the journal's rows (the list's "complete"). */
  readonly isComplete: boolean;
  /** Each person the rows name, or null when removed. */
  readonly peopleById: ReadonlyMap<string, { readonly name: string } | null>;
  /** The `meta` values the rows are written with (undefined when never set). */
  readonly dateTimeFormat: unknown;
  readonly weekStart: unknown;
  readonly principleSettings: unknown;
  /** Plans shown above the list: their height is not known here, so the painter stays out. */
  readonly hasPreparations: boolean;
}

/** Chromium's getAll with a direction (IDBGetAllOptions), which TypeScript's DOM types lack yet. */
type GetAllWithOptions = (options: {
  query: IDBKeyRange | null;
  count: number;
  direction: IDBCursorDirection;
}) => IDBRequest<unknown[]>;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('An IndexedDB request failed.'));
  });
}

/**
 * Opens the journal at whatever version it has, or resolves null when there is none (a first
 * start) or it is not at `expectedVersion` (an upgrade is due, or a newer build made it): the
 * app's own open deals with those, and rows from another schema could be read wrongly.
 */
export function openExistingJournal(
  idb: IDBFactory,
  name: string,
  expectedVersion: number | null,
): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let opening: IDBOpenDBRequest;
    try {
      opening = idb.open(name);
    } catch {
      resolve(null);
      return;
    }
    // No journal yet: abort, so the app's own open creates it as it always has.
    opening.onupgradeneeded = () => opening.transaction?.abort();
    opening.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    opening.onblocked = () => resolve(null);
    opening.onsuccess = () => {
      const db = opening.result;
      // Another window or the app itself wants a new version: step aside at once.
      db.onversionchange = () => db.close();
      if (expectedVersion !== null && db.version !== expectedVersion) {
        db.close();
        resolve(null);
        return;
      }
      resolve(db);
    };
  });
}

/** Reads back from the newest row as far as needed to find `limit` rows outside the Trash. */
async function readNewestActive(
  index: IDBIndex,
  limit: number,
): Promise<{ rows: ListRowRecord[]; isComplete: boolean }> {
  for (let reach = limit; ; reach *= 2) {
    const rows = await readNewest(index, reach);
    const active = rows.filter((row) => row.deletedAt === null);
    if (active.length >= limit || rows.length < reach) {
      // The list's rule: a page shorter than asked for is the last one.
      return { rows: active.slice(0, limit), isComplete: active.length < limit };
    }
  }
}

/** One request, newest first, where getAll takes a direction (Chromium); a cursor elsewhere. */
async function readNewest(index: IDBIndex, count: number): Promise<ListRowRecord[]> {
  const getAll = index.getAll as unknown as GetAllWithOptions;
  try {
    return (await request(getAll.call(index, { query: null, count, direction: 'prev' }))) as ListRowRecord[];
  } catch {
    // An engine without the options form takes the object for a key and refuses it.
    return readNewestByCursor(index, count);
  }
}

/** Where getAll takes no direction (older engines, fake-indexeddb): a reversed cursor. */
function readNewestByCursor(index: IDBIndex, count: number): Promise<ListRowRecord[]> {
  return new Promise((resolve, reject) => {
    const rows: ListRowRecord[] = [];
    const cursor = index.openCursor(null, 'prev');
    cursor.onerror = () => reject(cursor.error ?? new Error('An IndexedDB cursor failed.'));
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (at === null || rows.length >= count) {
        resolve(rows);
        return;
      }
      rows.push(at.value as ListRowRecord);
      at.continue();
    };
  });
}

/**
 * One read-only transaction over the rows, the people, the settings and the plans, every request
 * made at once: at start-up each round trip can wait behind the app's own long tasks. A journal
 * names a few hundred people at most, so reading them all costs less than a second round trip.
 */
export async function readEarlyRows(db: IDBDatabase, limit: number): Promise<EarlyRowsData> {
  const tx = db.transaction(['listRows', 'people', 'meta', 'preparations'], 'readonly');
  const meta = tx.objectStore('meta');
  const metaValue = (key: string) =>
    request(meta.get(key) as IDBRequest<{ value: unknown } | undefined>).then((record) => record?.value);
  const settings = Promise.all([
    metaValue('dateTimeFormat'),
    metaValue('weekStart'),
    metaValue('principleSettings'),
    request(tx.objectStore('preparations').count()),
    request(tx.objectStore('people').getAll() as IDBRequest<{ id: string; name: string }[]>),
  ]);
  const { rows, isComplete } = await readNewestActive(tx.objectStore('listRows').index('sortKey'), limit);
  const [dateTimeFormat, weekStart, principleSettings, preparations, people] = await settings;
  const names = new Map(people.map((person) => [person.id, person.name]));
  const ids = new Set(rows.flatMap((row) => row.personIds));
  return {
    rows,
    isComplete,
    peopleById: new Map([...ids].map((id) => [id, names.has(id) ? { name: names.get(id) ?? '' } : null])),
    dateTimeFormat,
    weekStart,
    principleSettings,
    hasPreparations: preparations > 0,
  };
}

/** What the early read found: the rows and the journal's version, for the painter to judge. */
export interface EarlyRead {
  readonly version: number;
  readonly data: EarlyRowsData;
}

/**
 * Starts the read at once, from the early script's first line, while the code that writes the
 * rows is still loading: null when the route is not the journal, a promise of null when there is
 * no journal or it cannot be read. The connection is closed as soon as the read is done.
 */
export function startEarlyRead(win: Window, name: string): Promise<EarlyRead | null> | null {
  if (!opensJournalList(win.location.hash)) return null;
  return openExistingJournal(win.indexedDB, name, null).then(async (db) => {
    if (db === null) return null;
    try {
      return { version: db.version, data: await readEarlyRows(db, JOURNAL_PAGE_SIZES.first) };
    } catch {
      return null;
    } finally {
      db.close();
    }
  });
}
