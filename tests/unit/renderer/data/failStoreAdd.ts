import { vi } from 'vitest';

/**
 * Makes the `nth` record added to the store `storeName` (counting from 1) fail as IndexedDB fails a
 * record it cannot take, such as on a full disk: `add` throws. Every other add goes through.
 */
export function failStoreAdd(storeName: string, nth: number, message = 'The disk is full') {
  const add = IDBObjectStore.prototype.add;
  let adds = 0;
  return vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['add']>
  ) {
    if (this.name === storeName && ++adds === nth) throw new DOMException(message, 'QuotaExceededError');
    return add.apply(this, args);
  });
}
