import { liveQuery } from 'dexie';
import type { JournalDatabase } from '../../db/JournalDatabase';
import type { SearchIndexCore } from './searchIndexCore';
import { isToSearchWorker, type FromSearchWorker, type ToSearchWorker } from './searchProtocol';
import { errorText } from '../../../shared/app/errorText';

/** The slice of a worker's global scope the host uses; a test passes an in-memory channel. */
export interface SearchWorkerScope {
  postMessage(message: FromSearchWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

export interface SearchWorkerHostOptions {
  /** Calls back when search changes or people may have changed; returns a stop function. */
  observe?: (onChange: () => void) => () => void;
  /** How long after the last change the index is saved. */
  persistDelayMs?: number;
  /** Saving blocks queries for a moment, so it waits until no query came for this long. */
  quietMs?: number;
  /**
   * Hold the large read of the saved index until the page sends `load` (or a query): the app
   * starts the worker early and lets it load once the journal's first rows are read.
   */
  waitForLoad?: boolean;
}

/**
 * Watches the tables that mean "search is out of date". Dexie's live queries hear writes
 * from this page's main thread and from other windows alike (it relays them over a
 * BroadcastChannel), which the main thread's "changed" message only backs up.
 */
export function observeSearchSources(db: JournalDatabase, onChange: () => void): () => void {
  const report = (error: unknown) => console.warn('Search stopped watching for changes', error);
  const subscriptions = [
    liveQuery(() => db.searchChanges.toCollection().lastKey()).subscribe({ next: onChange, error: report }),
    liveQuery(() => db.people.toArray()).subscribe({ next: onChange, error: report }),
    // Plans queue no search changes: they are few, and the index of them is rebuilt when they change.
    liveQuery(() => db.preparations.toArray()).subscribe({ next: onChange, error: report }),
  ];
  return () => subscriptions.forEach((subscription) => subscription.unsubscribe());
}

/**
 * Runs a SearchIndexCore behind messages: starts it, answers only the newest query (older ones
 * are already replaced on the page), absorbs changes when told or observed, and saves the index
 * once things are quiet. Returns a stop function.
 */
export function hostSearchWorker(
  core: SearchIndexCore,
  scope: SearchWorkerScope,
  options: SearchWorkerHostOptions = {},
): () => void {
  const persistDelayMs = options.persistDelayMs ?? 2_000;
  const quietMs = options.quietMs ?? 1_500;
  let pending: Extract<ToSearchWorker, { type: 'search' }> | null = null;
  let isAnswering = false;
  let lastQueryAt = Number.NEGATIVE_INFINITY;
  let persistTimer: ReturnType<typeof setTimeout> | undefined;
  let syncing: Promise<void> | null = null;
  let syncAgain = false;
  let stopObserving: () => void = () => undefined;
  let isStopped = false;

  const post = (message: FromSearchWorker) => {
    if (!isStopped) scope.postMessage(message);
  };

  async function answer(): Promise<void> {
    if (isAnswering) return;
    isAnswering = true;
    try {
      while (pending !== null) {
        const { requestId, request } = pending;
        pending = null;
        try {
          const response = await core.search(request);
          // A newer query arrived meanwhile; this answer would be replaced at once.
          if (pending === null) post({ type: 'results', requestId, response });
        } catch (error) {
          post({ type: 'failed', requestId, message: errorText(error) });
        }
      }
    } finally {
      isAnswering = false;
    }
  }

  function schedulePersist(delayMs: number): void {
    clearTimeout(persistTimer);
    persistTimer = setTimeout(() => {
      const sinceQuery = performance.now() - lastQueryAt;
      if (sinceQuery < quietMs) return schedulePersist(quietMs - sinceQuery);
      core.persist().catch((error: unknown) => {
        // Changes stay queued in searchChanges, so a failed save only means replaying them later.
        if (!isStopped) console.warn('The search index could not be saved', error);
      });
    }, delayMs);
  }

  function requestSync(): void {
    if (!core.isReady || isStopped) return;
    if (syncing !== null) {
      syncAgain = true;
      return;
    }
    syncing = (async () => {
      do {
        syncAgain = false;
        const touched = await core.sync();
        if (touched > 0) post({ type: 'updated', documentCount: core.documentCount });
        if (core.hasUnsavedChanges) schedulePersist(persistDelayMs);
      } while (syncAgain);
    })()
      .catch((error: unknown) => {
        if (!isStopped) console.warn('Search could not absorb changes', error);
      })
      .finally(() => {
        syncing = null;
      });
  }

  let allowLoad: () => void = () => undefined;
  const mayLoad = options.waitForLoad
    ? new Promise<void>((resolve) => (allowLoad = resolve))
    : Promise.resolve();

  const onMessage = (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (!isToSearchWorker(message)) return;
    if (message.type === 'load') return allowLoad();
    if (message.type === 'changed') return requestSync();
    // Someone is searching: loading cannot wait any longer.
    allowLoad();
    pending = message;
    lastQueryAt = performance.now();
    void answer();
  };
  scope.addEventListener('message', onMessage);

  core
    .start((progress) => post({ type: 'progress', ...progress }), mayLoad)
    .then((info) => {
      post({ type: 'ready', info });
      // A fresh build is expensive to lose; a loaded index only needs saving if it moved on.
      if (core.hasUnsavedChanges) schedulePersist(info.source === 'built' ? 0 : persistDelayMs);
      if (!isStopped && options.observe) stopObserving = options.observe(requestSync);
    })
    .catch((error: unknown) => post({ type: 'failed', requestId: null, message: errorText(error) }));

  return () => {
    isStopped = true;
    clearTimeout(persistTimer);
    stopObserving();
    scope.removeEventListener('message', onMessage);
  };
}
