/**
 * Postings of one term in one field (short document id to term frequency), kept as the varint
 * bytes they were saved as until something first needs them as a Map. Loading a saved index
 * then costs one slice per term and field instead of a Map entry per posting: at 50,000
 * reflections that is millions of entries, most of which no query of the session ever touches.
 *
 * It is a Map to everyone who holds it (MiniSearch iterates, reads and edits these). Adding a
 * document never unpacks it: MiniSearch gives every added document a short id above all the
 * saved ones, so such postings go to a small Map of additions beside the bytes. Anything else
 * (reading a saved posting, removing one, iterating) turns it into an ordinary Map first.
 */
/** `count` pairs of varints (short id difference, then frequency) in bytes[start, end); see forEachPair. */
export interface PackedRange {
  bytes: Uint8Array;
  start: number;
  end: number;
  count: number;
}

/** The saved postings and those added since, for readers that can take them as they are. */
export interface PackedView {
  range: Readonly<PackedRange>;
  /** The short id the saved differences end on (0 when there are none), where more continue from. */
  lastSavedId: number;
  /** Postings added since loading, in the order they were added (ascending short ids). */
  added: ReadonlyMap<number, number>;
}

const NONE_ADDED: ReadonlyMap<number, number> = new Map();

export class PackedPostings extends Map<number, number> {
  private packed: PackedRange | null;
  /** The largest and the last saved short id, found on first need. */
  private savedIds: { largest: number; last: number } | null = null;
  private added: Map<number, number> | null = null;

  constructor(range: PackedRange) {
    super();
    this.packed = range;
  }

  /** The saved bytes and the additions, while nothing has made this an ordinary Map yet. */
  get view(): PackedView | null {
    const packed = this.packed;
    if (packed === null) return null;
    return { range: packed, lastSavedId: this.savedIdsOf(packed).last, added: this.added ?? NONE_ADDED };
  }

  override get size(): number {
    return this.packed === null ? super.size : this.packed.count + (this.added?.size ?? 0);
  }

  override get(key: number): number | undefined {
    if (this.isAddition(key)) return this.added?.get(key);
    this.unpack();
    return super.get(key);
  }

  override has(key: number): boolean {
    if (this.isAddition(key)) return this.added?.has(key) ?? false;
    this.unpack();
    return super.has(key);
  }

  override set(key: number, value: number): this {
    if (this.isAddition(key)) {
      (this.added ??= new Map()).set(key, value);
      return this;
    }
    this.unpack();
    return super.set(key, value);
  }

  override delete(key: number): boolean {
    if (this.isAddition(key)) return this.added?.delete(key) ?? false;
    this.unpack();
    return super.delete(key);
  }

  override clear(): void {
    this.packed = null;
    this.added = null;
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

  /** Whether `key` is above every saved short id, so it can only be an addition. */
  private isAddition(key: number): boolean {
    return this.packed !== null && key > this.savedIdsOf(this.packed).largest;
  }

  private savedIdsOf(packed: PackedRange): { largest: number; last: number } {
    if (this.savedIds === null) {
      let largest = -1;
      let last = 0;
      forEachPair(packed, (shortId) => {
        if (shortId > largest) largest = shortId;
        last = shortId;
      });
      this.savedIds = { largest, last };
    }
    return this.savedIds;
  }

  private unpack(): void {
    const packed = this.packed;
    if (packed === null) return;
    const added = this.added;
    this.packed = null;
    this.added = null;
    forEachPair(packed, (shortId, frequency) => super.set(shortId, frequency));
    if (added !== null) for (const [shortId, frequency] of added) super.set(shortId, frequency);
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
