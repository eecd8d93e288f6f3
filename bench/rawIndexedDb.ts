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

/**
 * G6's floor: `records` written raw into a scratch database, one store, one transaction, nothing
 * else (no list rows, no search changes, no validation). The scratch database is deleted afterwards.
 */
export async function rawBulkWrite(records: readonly unknown[], keyPath = 'id'): Promise<number> {
  const name = 'bench-bulk-write-floor';
  await idbRequest(indexedDB.deleteDatabase(name));
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('records', { keyPath });
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
