import { describe, expect, it, vi } from 'vitest';
import { oncePer } from '../../../electron/ipc/rateLimit';

describe('oncePer', () => {
  it('runs the handler once a second and answers "too soon" in between, without throwing', async () => {
    let now = 10_000;
    const handler = vi.fn(async (n: number) => `ran ${n}`);
    const limited = oncePer(
      1_000,
      () => now,
      handler,
      () => 'too soon',
    );
    await expect(limited(1)).resolves.toBe('ran 1');
    now += 999;
    await expect(limited(2)).resolves.toBe('too soon');
    now += 1;
    await expect(limited(3)).resolves.toBe('ran 3');
    expect(handler.mock.calls).toEqual([[1], [3]]);
  });

  it('does not let refused calls push the next allowed one further away', async () => {
    let now = 0;
    const handler = vi.fn(async () => 'ran');
    const limited = oncePer(
      1_000,
      () => now,
      handler,
      () => 'too soon',
    );
    await limited();
    for (now = 100; now < 1_000; now += 100) await expect(limited()).resolves.toBe('too soon');
    now = 1_000;
    await expect(limited()).resolves.toBe('ran');
    expect(handler).toHaveBeenCalledTimes(2);
  });
});
