import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useIsFlinging } from '../../../../renderer/features/journal/useIsFlinging';

const VIEWPORT = 800;

describe('useIsFlinging', () => {
  it('is a fling only after two moves longer than the window', () => {
    const { result, rerender } = renderHook(
      ({ offset, scrolling }) => useIsFlinging(offset, VIEWPORT, scrolling),
      { initialProps: { offset: 0, scrolling: false } },
    );
    const states: boolean[] = [];
    for (const offset of [1200, 2400, 3600, 3700, 3800]) {
      rerender({ offset, scrolling: true });
      states.push(result.current);
    }
    // The first long move could be a jump; the second makes it a fling; short moves end it.
    expect(states).toEqual([false, true, true, false, false]);
  });

  it('draws rows in full again once scrolling stops, where the fling left the list', () => {
    const { result, rerender } = renderHook(
      ({ offset, scrolling }) => useIsFlinging(offset, VIEWPORT, scrolling),
      { initialProps: { offset: 0, scrolling: false } },
    );
    rerender({ offset: 1200, scrolling: true });
    rerender({ offset: 2400, scrolling: true });
    expect(result.current).toBe(true);
    rerender({ offset: 2400, scrolling: false });
    expect(result.current).toBe(false);
  });

  it('treats one long jump, as the End key makes, as no fling', () => {
    const { result, rerender } = renderHook(
      ({ offset, scrolling }) => useIsFlinging(offset, VIEWPORT, scrolling),
      { initialProps: { offset: 0, scrolling: false } },
    );
    rerender({ offset: 100_000, scrolling: true });
    expect(result.current).toBe(false);
    rerender({ offset: 100_000, scrolling: true });
    expect(result.current).toBe(false);
  });
});
