import { describe, expect, it } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { lastOutcomeOf, reflectionCountText } from '../../../../renderer/features/people/personActivity';
import {
  describeTrustTrend,
  trustReadingsOf,
  trustTrendOf,
} from '../../../../renderer/features/people/trustTrend';

function reflection(iso: string, trust: number | null, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone: 'UTC' }),
    principles:
      trust === null
        ? {}
        : { 'build-partnerships': { applied: true, rating: null, notes: '', checks: { trust } } },
    ...overrides,
  };
}

describe('trust trend', () => {
  it('reads trust answers oldest first, whatever order the reflections come in', () => {
    const readings = trustReadingsOf([
      reflection('2026-03-05T10:00:00Z', 4),
      reflection('2026-03-01T10:00:00Z', 2),
      reflection('2026-03-03T10:00:00Z', null),
      reflection('2026-03-04T10:00:00Z', 3),
    ]);
    expect(readings.map(({ trust }) => trust)).toEqual([2, 3, 4]);
  });

  it('describes rising, falling and steady from the first reading to the last', () => {
    const trend = (values: number[]) =>
      describeTrustTrend(trustTrendOf(values.map((trust, index) => ({ at: index, trust }))));
    expect(trend([2, 3, 4])).toBe('Trust 2 → 4, rising');
    expect(trend([5, 2, 3])).toBe('Trust 5 → 3, falling');
    expect(trend([3, 1, 3])).toBe('Trust 3 → 3, steady');
    expect(trend([4])).toBe('Trust 4 (one rating)');
    expect(trend([])).toBe('No trust ratings yet');
  });

  it('keeps every value for the sparkline', () => {
    expect(
      trustTrendOf([
        { at: 1, trust: 2 },
        { at: 2, trust: 5 },
      ]),
    ).toEqual({
      first: 2,
      last: 5,
      direction: 'rising',
      values: [2, 5],
    });
  });
});

describe('person activity', () => {
  it('finds the outcome of the latest reflection that has one', () => {
    expect(
      lastOutcomeOf([
        reflection('2026-03-01T10:00:00Z', null, { outcome: 'achieved' }),
        reflection('2026-03-05T10:00:00Z', null, { outcome: null }),
        reflection('2026-03-03T10:00:00Z', null, { outcome: 'not-yet' }),
      ]),
    ).toBe('not-yet');
    expect(lastOutcomeOf([])).toBeNull();
  });

  it('counts reflections in words', () => {
    expect(reflectionCountText(0)).toBe('No reflections yet');
    expect(reflectionCountText(1)).toBe('1 reflection');
    expect(reflectionCountText(1234)).toBe('1,234 reflections');
  });
});
