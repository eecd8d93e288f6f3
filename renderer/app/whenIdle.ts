/** How long work may wait for an idle moment before it runs anyway. */
const IDLE_TIMEOUT_MS = 2_000;

/**
 * Runs `work` when the main thread is next idle (or after a short timeout at the latest), for
 * work someone will want soon but is not waiting for now. Returns a cancel function, so it
 * can be an effect's clean-up.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => work(), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 0);
  return () => clearTimeout(timer);
}
