// Raw IndexedDB helpers for the benchmark's floor pages, which measure without Dexie.

export function idbRequest<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export function transactionDone(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** A secondary index as IndexedDB describes it, so a floor can copy the journal's own. */
export interface RawIndex {
  readonly name: string;
  readonly keyPath: string | string[];
  readonly multiEntry: boolean;
  readonly unique: boolean;
}

/** The secondary indexes of `storeName` in an open database, as the app's schema made them. */
export function indexesOf(db: IDBDatabase, storeName: string): RawIndex[] {
  const store = db.transaction(storeName, 'readonly').objectStore(storeName);
  return Array.from(store.indexNames, (name) => {
    const { keyPath, multiEntry, unique } = store.index(name);
    return { name, keyPath, multiEntry, unique };
  });
}

/**
 * G6's floors: `records` written raw into a scratch database, one store, one transaction, nothing
 * else (no search changes, no validation, no Progress months), with no secondary index or with
 * `indexes`. The scratch database is deleted afterwards.
 */
export async function rawBulkWrite(
  records: readonly unknown[],
  keyPath = 'id',
  indexes: readonly RawIndex[] = [],
): Promise<number> {
  const name = 'bench-bulk-write-floor';
  await idbRequest(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    const store = open.result.createObjectStore('records', { keyPath });
    for (const index of indexes)
      store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry, unique: index.unique });
  };
  const db = await idbRequest(open);
  const started = performance.now();
  const tx = db.transaction('records', 'readwrite');
  const store = tx.objectStore('records');
  for (const record of records) store.put(record);
  await transactionDone(tx);
  const elapsed = performance.now() - started;
  db.close();
  await idbRequest(indexedDB.deleteDatabase(name));
  return elapsed;
}
