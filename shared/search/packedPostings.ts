/**
 * Postings of one term in one field (short document id to term frequency), kept as the varint
 * bytes they were saved as until something first reads or changes them. Loading a saved index
 * then costs one slice per term and field instead of a Map entry per posting: at 50,000
 * reflections that is millions of entries, most of which no query of the session ever touches.
 *
 * It is a Map to everyone who holds it (MiniSearch iterates, reads and edits these), and
 * becomes an ordinary one, entry by entry, on first use.
 */
/** `count` pairs of varints (short id difference, then frequency) in bytes[start, end); see forEachPair. */
export interface PackedRange {
  bytes: Uint8Array;
  start: number;
  end: number;
  count: number;
}

export class PackedPostings extends Map<number, number> {
  private packed: PackedRange | null;

  constructor(range: PackedRange) {
    super();
    this.packed = range;
  }

  /** The saved bytes while they are still untouched, so saving again can copy them as they are. */
  get untouched(): Readonly<PackedRange> | null {
    return this.packed;
  }

  override get size(): number {
    return this.packed === null ? super.size : this.packed.count;
  }

  override get(key: number): number | undefined {
    this.unpack();
    return super.get(key);
  }

  override has(key: number): boolean {
    this.unpack();
    return super.has(key);
  }

  override set(key: number, value: number): this {
    this.unpack();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    this.unpack();
    return super.delete(key);
  }

  override clear(): void {
    this.packed = null;
    super.clear();
  }

  override forEach(
    callback: (value: number, key: number, map: Map<number, number>) => void,
    thisArg?: unknown,
  ): void {
    this.unpack();
    super.forEach(callback, thisArg);
  }

  override keys(): MapIterator<number> {
    this.unpack();
    return super.keys();
  }

  override values(): MapIterator<number> {
    this.unpack();
    return super.values();
  }

  override entries(): MapIterator<[number, number]> {
    this.unpack();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, number]> {
    this.unpack();
    return super[Symbol.iterator]();
  }

  private unpack(): void {
    const packed = this.packed;
    if (packed === null) return;
    this.packed = null;
    forEachPair(packed, (shortId, frequency) => super.set(shortId, frequency));
  }
}

/**
 * Calls `visit` for each (short id, frequency) in a packed range. Each short id is stored as
 * its difference from the one before (zigzag, so a smaller one would still fit): MiniSearch adds
 * documents in short-id order, so differences are small and the saved index about half the size.
 * Integer shifts are safe: the writer never stores a value of 2^28 or more (four varint bytes).
 */
export function forEachPair(range: PackedRange, visit: (shortId: number, frequency: number) => void): void {
  const { bytes, end } = range;
  let position = range.start;
  let shortId = 0;
  while (position < end) {
    let byte = bytes[position++] ?? 0;
    let zigzag = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++] ?? 0;
      zigzag |= (byte & 0x7f) << shift;
    }
    shortId += (zigzag >>> 1) ^ -(zigzag & 1);
    byte = bytes[position++] ?? 0;
    let frequency = byte & 0x7f;
    for (let shift = 7; byte >= 0x80; shift += 7) {
      byte = bytes[position++] ?? 0;
      frequency |= (byte & 0x7f) << shift;
    }
    visit(shortId, frequency);
  }
}
