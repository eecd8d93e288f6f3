import { useCallback, useEffect, useRef, useState } from 'react';
import { registerPendingWrite, trackWrite } from '../../app/pendingWrites';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

interface Pending<T> {
  readonly value: T;
  readonly revision: number;
}

export interface Autosave {
  readonly status: AutosaveStatus;
  /** Writes what is waiting now instead of after the pause; resolves once every write so far has settled. */
  readonly flush: () => Promise<void>;
}

/**
 * Saves `value` a short pause after each change (each new `revision`), and at once when the
 * page is hidden, closed or the component goes away, so a reload or a crash loses at most
 * the last fraction of a second. Writes run one after another, so an older value can never
 * land after a newer one. A failed write stays pending and is retried by the next change
 * or flush; `onError` hears about it.
 */
export function useAutosave<T>({
  value,
  revision,
  save,
  onError,
  delayMs = 400,
}: {
  value: T;
  revision: number;
  save: (value: T) => Promise<unknown>;
  onError: (error: unknown) => void;
  delayMs?: number;
}): Autosave {
  const pending = useRef<Pending<T> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const savedRevision = useRef(revision);
  const callbacks = useRef({ save, onError });
  const [written, setWritten] = useState({ revision, failed: false });

  useEffect(() => {
    callbacks.current = { save, onError };
  }, [save, onError]);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const next = pending.current;
    if (next === null) return queue.current;
    pending.current = null;
    queue.current = queue.current.then(async () => {
      if (next.revision <= savedRevision.current) return;
      try {
        await callbacks.current.save(next.value);
        savedRevision.current = next.revision;
        setWritten({ revision: next.revision, failed: false });
      } catch (error) {
        // Keep it for the retry, unless a newer change has already taken its place.
        pending.current ??= next;
        setWritten((current) => ({ ...current, failed: true }));
        callbacks.current.onError(error);
      }
    });
    return queue.current;
  }, []);

  useEffect(() => {
    if (revision === savedRevision.current) return;
    pending.current = { value, revision };
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), delayMs);
  }, [value, revision, delayMs, flush]);

  // The page may go before the pause is over (a reload, a closed window, the app quitting):
  // whoever sees it go flushes every registered write (renderer/app/pendingWrites.ts).
  useEffect(() => {
    const unregister = registerPendingWrite(flush);
    return () => {
      unregister();
      // Tracked, so the same text opened again at once is read after these words land.
      trackWrite(flush());
    };
  }, [flush]);

  let status: AutosaveStatus = 'idle';
  if (written.failed) status = 'failed';
  else if (revision > written.revision) status = 'saving';
  else if (written.revision > 0) status = 'saved';
  return { status, flush };
}
