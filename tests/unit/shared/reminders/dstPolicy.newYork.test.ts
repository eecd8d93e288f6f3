// Set before anything reads the clock or formats a date; Node re-reads TZ when it is assigned.
const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'America/New_York';

import { afterAll, describe, expect, it } from 'vitest';
import { describeDstPolicy } from './dstPolicySuite';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

describe('DST policy with the process running in America/New_York', () => {
  it('really runs in New York time', () => {
    expect(new Date(2024, 0, 15).getTimezoneOffset()).toBe(300);
    expect(new Date(2024, 6, 15).getTimezoneOffset()).toBe(240);
  });

  describeDstPolicy();
});
