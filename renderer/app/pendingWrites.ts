/**
 * Writes that are waiting (an autosave's pause) and must land before the page goes away: a
 * reload, a closed tab, or the desktop app quitting. Whoever holds such a write registers how
 * to flush it; whoever knows the page is leaving calls flushPendingWrites.
 */
type Flush = () => Promise<void>;

const registered = new Set<Flush>();

/** Registers a pending write's flush; the returned function unregisters it. */
export function registerPendingWrite(flush: Flush): () => void {
  if (typeof window !== 'undefined') flushPendingWritesWhenPageHides(window);
  // A wrapper, so the same function registered twice is still two registrations.
  const entry: Flush = () => flush();
  registered.add(entry);
  return () => {
    registered.delete(entry);
  };
}

/**
 * Flushes every registered write at once and waits until all have settled. Never throws: a
 * write that fails reports itself where it was made (the editor says "Not saved yet"), and the
 * one leaving must not be stopped by it.
 */
export async function flushPendingWrites(): Promise<void> {
  await Promise.allSettled(
    [...registered].map(async (flush) => {
      await flush();
    }),
  );
}

let listening = false;

/**
 * In the browser the page can go at any moment: flush when it is hidden or being unloaded.
 * IndexedDB requests made then still go out; waiting for them is not possible.
 */
export function flushPendingWritesWhenPageHides(target: Window = window): void {
  if (listening) return;
  listening = true;
  target.addEventListener('pagehide', () => void flushPendingWrites());
  target.document.addEventListener('visibilitychange', () => {
    if (target.document.visibilityState === 'hidden') void flushPendingWrites();
  });
}
