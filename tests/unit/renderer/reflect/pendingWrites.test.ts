import { describe, expect, it, vi } from 'vitest';
import {
  flushPendingWrites,
  registerPendingWrite,
  trackWrite,
  WRITE_WAIT_MS,
  writesSettled,
} from '../../../../renderer/app/pendingWrites';

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

  it('lets a reader wait for writes still landing, a failed one included, and those started meanwhile', async () => {
    let releaseFirst = () => {};
    let releaseSecond = () => {};
    trackWrite(new Promise<void>((resolve) => (releaseFirst = resolve)));
    trackWrite(Promise.reject(new Error('storage full')));
    let settled = false;
    const waiting = writesSettled().then(() => {
      settled = true;
    });
    releaseFirst();
    trackWrite(new Promise<void>((resolve) => (releaseSecond = resolve)));
    // Every promise callback due has run by the next task.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    releaseSecond();
    await waiting;
    expect(settled).toBe(true);
  });

  it('stops waiting for a write that never lands, once, and not again', async () => {
    vi.useFakeTimers();
    try {
      trackWrite(new Promise(() => undefined));
      let settled = false;
      const waiting = writesSettled().then(() => {
        settled = true;
      });
      await vi.advanceTimersByTimeAsync(WRITE_WAIT_MS - 1);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      await waiting;
      // The hung write is not waited for again.
      let again = false;
      void writesSettled().then(() => {
        again = true;
      });
      await vi.advanceTimersByTimeAsync(0);
      expect(again).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
