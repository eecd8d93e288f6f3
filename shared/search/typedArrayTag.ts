/**
 * Whether a value is a typed array of this kind, checked by tag rather than instanceof: arrays
 * cloned out of IndexedDB can come from another realm (fake-indexeddb in tests does this).
 */
export function isTypedArrayOf(value: unknown, type: 'Int32Array' | 'Uint32Array' | 'Uint8Array'): boolean {
  return Object.prototype.toString.call(value) === `[object ${type}]`;
}
