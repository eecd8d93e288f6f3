import Dexie, { RangeSet, type ObservabilitySet, type Table, type Transaction } from 'dexie';

/** What Dexie keeps on a write transaction's IndexedDB transaction: the parts it changed, signalled on commit. */
type SignalledTransaction = IDBTransaction & { mutatedParts?: ObservabilitySet };

/**
 * Adds records to `table` through IndexedDB's own store, inside Dexie's transaction `transaction`,
 * and resolves once the last of them is written. Dexie's way sets an error handler on every
 * request and collects every result: at 10,000 imported reflections (and as many list rows) that
 * cost the page about 0.9 s of a 7.8 s transaction at load 10-13 (sixteenth session's CPU
 * profile), beside IndexedDB's own copy of the records. Here only the last request is watched: a
 * failed add (a key already stored) reaches Dexie's handler on the transaction, which undoes the
 * whole transaction, and the requests after it then fail too, the last one included.
 *
 * Dexie's middlewares do not see these writes, so the table is marked as changed as a whole in the
 * transaction's changed parts (`markTableChanged`) for Dexie to signal on commit, to this window's
 * live queries (and their cache) and to other windows and workers alike.
 */
export function addInTransaction(
  transaction: Transaction,
  table: Table,
  records: readonly unknown[],
): Promise<void> {
  markTableChanged(transaction, table);
  const store = transaction.idbtrans.objectStore(table.name);
  let last: IDBRequest | undefined;
  for (const record of records) last = store.add(record);
  if (last === undefined) return Promise.resolve();
  const request = last;
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve();
    // Not prevented: the error goes on to the transaction, which Dexie then aborts.
    request.onerror = () => reject(request.error ?? new Error(`Writing to ${table.name} failed.`));
  });
}

/** Every key and index of a table, as Dexie marks a whole table when a database is created. */
const everything = () => new RangeSet(-Infinity, [[[]]]);

/**
 * Marks every key and index value of `table` as changed by `transaction`, as Dexie's own
 * middleware marks the parts a bulk write touches: on commit Dexie signals them, and live queries
 * reading the table run again. Once per transaction and table is enough.
 */
export function markTableChanged(transaction: Transaction, table: Table): void {
  const prefix = `idb://${table.db.name}/${table.name}/`;
  const parts: ObservabilitySet = { [prefix]: everything(), [`${prefix}:dels`]: everything() };
  for (const index of table.schema.indexes) parts[`${prefix}${index.name}`] = everything();
  const idbtrans = transaction.idbtrans as SignalledTransaction;
  idbtrans.mutatedParts = Dexie.extendObservabilitySet(idbtrans.mutatedParts ?? {}, parts);
}
