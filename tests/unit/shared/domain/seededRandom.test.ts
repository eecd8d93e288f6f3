import { describe, expect, it } from 'vitest';
import { createSeededRandom, seededTimeOrderedId } from '../../../../shared/domain';

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const sequence = (seed: number) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 5 }, () => random.nextUint32());
    };
    expect(sequence(7)).toEqual(sequence(7));
    expect(sequence(7)).not.toEqual(sequence(8));
  });

  it('keeps next() in [0, 1) and int() within its inclusive bounds', () => {
    const random = createSeededRandom(1);
    const values = Array.from({ length: 5_000 }, () => random.int(1, 5));
    expect(new Set(values)).toEqual(new Set([1, 2, 3, 4, 5]));
    for (let index = 0; index < 1_000; index += 1) {
      const value = random.next();
      expect(value >= 0 && value < 1).toBe(true);
    }
  });

  it('samples distinct items and never more than the pool holds', () => {
    const random = createSeededRandom(3);
    const picked = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });

  it('throws when asked to pick from nothing', () => {
    const random = createSeededRandom(3);
    expect(() => random.pick([])).toThrow(RangeError);
    expect(() => random.weighted([])).toThrow(RangeError);
  });

  it('respects weights', () => {
    const random = createSeededRandom(11);
    const draws = Array.from({ length: 10_000 }, () =>
      random.weighted([
        ['rare', 1],
        ['common', 9],
      ] as const),
    );
    const rare = draws.filter((draw) => draw === 'rare').length;
    expect(rare).toBeGreaterThan(700);
    expect(rare).toBeLessThan(1_300);
  });
});

describe('seededTimeOrderedId', () => {
  it('builds a UUIDv7 from its inputs alone, ordered by time then sequence', () => {
    const make = (ms: number, sequence: number) => seededTimeOrderedId(ms, sequence, createSeededRandom(5));
    expect(make(1_700_000_000_000, 0)).toBe(make(1_700_000_000_000, 0));
    expect(make(1_700_000_000_000, 0)).toMatch(/^018bcfe5-6800-7000-[89ab]/);
    expect(make(1_700_000_000_000, 1) > make(1_700_000_000_000, 0)).toBe(true);
    expect(make(1_700_000_000_001, 0) > make(1_700_000_000_000, 4_000)).toBe(true);
  });
});
