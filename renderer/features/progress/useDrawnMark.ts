import { useEffect, useRef } from 'react';

/** The performance mark the benchmark (G4) waits for: every figure of the current report is on screen. */
export const PROGRESS_DRAWN_MARK = 'progress:drawn';

/**
 * Marks `progress:drawn` once the figures for `drawn` have been committed and painted: the
 * animation frame comes before the paint, the message after it. A newer report cancels the
 * older one's mark, so each mark belongs to what the person actually sees. `onDrawn` runs then too.
 */
export function useDrawnMark(drawn: unknown, onDrawn?: () => void): void {
  // The latest callback, without making each render's new function a reason to mark again.
  const onDrawnRef = useRef(onDrawn);
  useEffect(() => {
    onDrawnRef.current = onDrawn;
  });
  useEffect(() => {
    if (drawn === null || drawn === undefined) return;
    let cancelled = false;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (cancelled) return;
      performance.mark(PROGRESS_DRAWN_MARK);
      onDrawnRef.current?.();
    };
    const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      channel.port1.close();
    };
  }, [drawn]);
}
