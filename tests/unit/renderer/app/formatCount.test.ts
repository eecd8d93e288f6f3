import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../renderer/app/formatCount';

describe('formatCount', () => {
  it.each([0, 7, 999, 1_000, 12_345, 50_000, 1_234_567, -4_321])('writes %i as en-GB does', (count) => {
    expect(formatCount(count)).toBe(count.toLocaleString('en-GB'));
  });
});
