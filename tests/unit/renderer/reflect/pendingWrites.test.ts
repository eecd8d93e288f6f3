import { describe, expect, it, vi } from 'vitest';
import { flushPendingWrites, registerPendingWrite } from '../../../../renderer/app/pendingWrites';

describe('pending writes', () => {
  it('flushes every registered write and waits for all of them, even when one fails', async () => {
    const landed: string[] = [];
    let releaseSlow = () => {};
    const slow = registerPendingWrite(
      () =>
        new Promise<void>((resolve) => {
          releaseSlow = () => {
            landed.push('slow');
            resolve();
          };
        }),
    );
    const failing = registerPendingWrite(() => Promise.reject(new Error('storage full')));
    const quick = registerPendingWrite(async () => {
      landed.push('quick');
    });

    let settled = false;
    const flushed = flushPendingWrites().then(() => {
      settled = true;
    });
    await vi.waitFor(() => expect(landed).toEqual(['quick']));
    expect(settled).toBe(false);
    releaseSlow();
    await flushed;
    expect(landed).toEqual(['quick', 'slow']);
    for (const unregister of [slow, failing, quick]) unregister();
  });

  it('forgets a write once it is unregistered', async () => {
    const flush = vi.fn(async () => undefined);
    const unregister = registerPendingWrite(flush);
    unregister();
    await flushPendingWrites();
    expect(flush).not.toHaveBeenCalled();
  });

  it('flushes at once when the page is hidden or unloaded', async () => {
    const flush = vi.fn(async () => undefined);
    const unregister = registerPendingWrite(flush);
    window.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(1);
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    expect(flush).toHaveBeenCalledTimes(2);
    vi.restoreAllMocks();
    unregister();
  });
});
