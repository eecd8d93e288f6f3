import { useState } from 'react';

interface Motion {
  readonly offset: number;
  /** How far the list moved to reach `offset`, and the move before that. */
  readonly step: number;
  readonly stepBefore: number;
}

/**
 * Whether the list is being flung faster than anyone can read: while it is scrolling, it moved
 * more than a window's height to get here, and had done so the time before too. Rows then draw
 * only their card and date, which costs a frame about what a bare list does, and draw in full as
 * soon as the moves get shorter or the scrolling stops. One long jump, such as End on the
 * keyboard, is a single move and still draws rows in full.
 */
export function useIsFlinging(scrollOffset: number, viewportPx: number, isScrolling: boolean): boolean {
  const [motion, setMotion] = useState<Motion>({ offset: scrollOffset, step: 0, stepBefore: 0 });
  let current = motion;
  if (scrollOffset !== motion.offset) {
    // Kept from render to render as state, as React suggests for "what changed since last time".
    current = { offset: scrollOffset, step: Math.abs(scrollOffset - motion.offset), stepBefore: motion.step };
    setMotion(current);
  }
  return isScrolling && viewportPx > 0 && current.step > viewportPx && current.stepBefore > viewportPx;
}
