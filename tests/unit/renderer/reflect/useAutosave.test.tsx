import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPendingWrites } from '../../../../renderer/app/pendingWrites';
import { useAutosave } from '../../../../renderer/features/reflect/useAutosave';

interface Props {
  value: string;
  revision: number;
}

function setup(save: (value: string) => Promise<unknown>, onError = vi.fn()) {
  const hook = renderHook((props: Props) => useAutosave({ ...props, save, onError, delayMs: 400 }), {
    initialProps: { value: '', revision: 0 },
  });
  return { ...hook, onError };
}

beforeEach(() => {
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('useAutosave', () => {
  it('writes once, the latest value, a pause after the last change', async () => {
    const save = vi.fn(async () => undefined);
    const { result, rerender } = setup(save);
    expect(result.current.status).toBe('idle');
    rerender({ value: 'a', revision: 1 });
    rerender({ value: 'ab', revision: 2 });
    expect(result.current.status).toBe('saving');
    await act(() => vi.advanceTimersByTimeAsync(399));
    expect(save).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(save).toHaveBeenCalledExactlyOnceWith('ab');
    expect(result.current.status).toBe('saved');
  });

  it('writes at once when the page is hidden or closed, and when it goes away', async () => {
    const save = vi.fn(async () => undefined);
    const { rerender, unmount } = setup(save);
    rerender({ value: 'hidden', revision: 1 });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(save).toHaveBeenLastCalledWith('hidden');

    rerender({ value: 'closed', revision: 2 });
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(save).toHaveBeenLastCalledWith('closed');

    rerender({ value: 'unmounted', revision: 3 });
    unmount();
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenLastCalledWith('unmounted');
    expect(save).toHaveBeenCalledTimes(3);
  });

  it('never lets an older write land after a newer one', async () => {
    const order: string[] = [];
    let releaseFirst = () => {};
    const save = vi.fn(
      (value: string) =>
        new Promise<void>((resolve) => {
          const finish = () => {
            order.push(value);
            resolve();
          };
          if (value === 'first') releaseFirst = finish;
          else finish();
        }),
    );
    const { result, rerender } = setup(save);
    rerender({ value: 'first', revision: 1 });
    const first = result.current.flush();
    await act(() => vi.advanceTimersByTimeAsync(0));
    rerender({ value: 'second', revision: 2 });
    const second = result.current.flush();
    await act(() => vi.advanceTimersByTimeAsync(0));
    // The second write waits while the first is still in flight.
    expect(save).toHaveBeenCalledTimes(1);
    releaseFirst();
    await act(() => Promise.all([first, second]));
    expect(order).toEqual(['first', 'second']);
    expect(result.current.status).toBe('saved');
  });

  it('keeps a failed write for the retry and says so', async () => {
    const failure = new Error('disk full');
    const save = vi.fn().mockRejectedValueOnce(failure).mockResolvedValue(undefined);
    const { result, rerender, onError } = setup(save);
    rerender({ value: 'text', revision: 1 });
    await act(() => result.current.flush());
    expect(onError).toHaveBeenCalledWith(failure);
    expect(result.current.status).toBe('failed');

    await act(() => result.current.flush());
    expect(save).toHaveBeenLastCalledWith('text');
    expect(result.current.status).toBe('saved');
  });
});

describe('useAutosave and the page leaving', () => {
  it('registers its pending save, so flushPendingWrites writes it before the pause is over', async () => {
    const save = vi.fn(async () => undefined);
    const { rerender } = setup(save);
    rerender({ value: 'last keystrokes', revision: 1 });
    await act(() => flushPendingWrites());
    expect(save).toHaveBeenCalledExactlyOnceWith('last keystrokes');
  });
});
