/** Items are never undefined, so an out-of-range read can be told apart from a real item. */
type Defined = NonNullable<unknown>;

/** A small deterministic PRNG (mulberry32): same seed, same sequence, on every engine. */
export interface SeededRandom {
  /** Uniform in [0, 1). */
  next(): number;
  nextUint32(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T extends Defined>(items: readonly T[]): T;
  weighted<T>(entries: ReadonlyArray<readonly [T, number]>): T;
  /** Up to `count` distinct items, in the order drawn. */
  sample<T extends Defined>(items: readonly T[], count: number): T[];
}

export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => nextUint32() / 4_294_967_296;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const pick = <T extends Defined>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new RangeError('Cannot pick from an empty list');
    return item;
  };

  return {
    next,
    nextUint32,
    int,
    chance: (probability) => next() < probability,
    pick,
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let remaining = next() * total;
      for (const [value, weight] of entries) {
        remaining -= weight;
        if (remaining < 0) return value;
      }
      const last = entries.at(-1);
      if (last === undefined) throw new RangeError('Cannot pick from an empty list');
      return last[0];
    },
    sample: (items, count) => {
      const wanted = Math.min(count, items.length);
      // Drawing indexes avoids copying the pool, which the generator does hundreds of thousands of times.
      const indexes: number[] = [];
      while (indexes.length < wanted) {
        const index = Math.floor(next() * items.length);
        if (!indexes.includes(index)) indexes.push(index);
      }
      const result: (typeof items)[number][] = [];
      for (const index of indexes) {
        const item = items[index];
        if (item !== undefined) result.push(item);
      }
      return result;
    },
  };
}
