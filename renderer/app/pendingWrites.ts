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

const inFlight = new Set<Promise<unknown>>();

/**
 * Keeps `write` (a flush an editor started as it went away) in view until it settles, so an editor
 * opened on the same text meanwhile reads it only once it has landed: read before, it showed the
 * text without the last words, and the write's landing then took the rescued copy away too.
 */
export function trackWrite(write: Promise<unknown>): void {
  const settled = write.then(
    () => undefined,
    () => undefined,
  );
  inFlight.add(settled);
  void settled.then(() => inFlight.delete(settled));
}

/**
 * How long an editor waits for such a write before it opens anyway. A write lands in milliseconds;
 * one that has not landed by then (a hung disk) must not keep every editor closed, and its words
 * are in the page's own storage (the rescue) by then.
 */
export const WRITE_WAIT_MS = 400;

/**
 * Settles once every tracked write has settled, those started while waiting included, or after
 * WRITE_WAIT_MS; a write still out then is not waited for again. Never throws.
 */
export async function writesSettled(): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), WRITE_WAIT_MS)));
  try {
    while (inFlight.size > 0) {
      const waited = [...inFlight];
      if ((await Promise.race([Promise.all(waited), late])) === 'late') {
        for (const write of waited) inFlight.delete(write);
        return;
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Flushes every registered write at once and waits until all have settled. Never throws: a
 * write that fails reports itself where it was made (the editor says "Not saved yet"), and the
 * one leaving must not be stopped by it.
 */
export async function flushPendingWrites(): Promise<void> {
  const flushes = [...registered].map((flush) => flush());
  for (const flush of flushes) trackWrite(flush);
  await Promise.allSettled(flushes);
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
