// Set before anything reads the clock or formats a date; Node re-reads TZ when it is assigned.
const ORIGINAL_TZ = process.env.TZ;
process.env.TZ = 'Europe/Berlin';

import { afterAll, describe, expect, it } from 'vitest';
import { describeDstPolicy } from './dstPolicySuite';

afterAll(() => {
  if (ORIGINAL_TZ === undefined) delete process.env.TZ;
  else process.env.TZ = ORIGINAL_TZ;
});

describe('DST policy with the process running in Europe/Berlin', () => {
  it('really runs in Berlin time', () => {
    expect(new Date(2024, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2024, 6, 15).getTimezoneOffset()).toBe(-120);
  });

  describeDstPolicy();
});
