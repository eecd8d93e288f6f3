import { UUID, V7Generator } from 'uuidv7';

let liveGenerator: V7Generator | undefined;

/**
 * A fresh UUIDv7 whose timestamp is `now`, not the clock, so callers stay testable.
 * The generator is created lazily: its default RNG reads globalThis.crypto, which only
 * needs to exist when an id is actually made.
 */
export function newTimeOrderedId(now: Date): string {
  liveGenerator ??= new V7Generator();
  return liveGenerator.generateOrResetWithTs(now.getTime()).toString();
}

/**
 * A UUIDv7 built only from its inputs, for seeded fixtures. `sequence` fills the 12-bit
 * rand_a field so ids made in the same millisecond still sort in the order they were made.
 */
export function seededTimeOrderedId(
  epochMs: number,
  sequence: number,
  random: { nextUint32(): number },
): string {
  return UUID.fromFieldsV7(
    epochMs,
    sequence & 0xfff,
    random.nextUint32() >>> 2,
    random.nextUint32(),
  ).toString();
}
