import type { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import type { SearchWorkerLike } from '../../../../renderer/features/search/searchClient';
import {
  SearchIndexCore,
  type SearchIndexCoreOptions,
} from '../../../../renderer/features/search/searchIndexCore';
import {
  hostSearchWorker,
  observeSearchSources,
  type SearchWorkerHostOptions,
  type SearchWorkerScope,
} from '../../../../renderer/features/search/searchWorkerHost';

/**
 * The real worker code behind a pretend Worker: messages are structured-cloned and delivered
 * on a later task, as postMessage does, so ordering bugs show up here too.
 */
export function inProcessWorker(
  db: JournalDatabase,
  options: SearchWorkerHostOptions & { observeDatabase?: boolean; core?: SearchIndexCoreOptions } = {},
): SearchWorkerLike & { posted: unknown[] } {
  const toClient = new EventTarget();
  const toWorker = new EventTarget();
  const deliver = (target: EventTarget, data: unknown) => {
    const copy: unknown = structuredClone(data);
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data: copy })), 0);
  };
  const posted: unknown[] = [];
  const scope: SearchWorkerScope = {
    postMessage: (message) => deliver(toClient, message),
    addEventListener: (type, listener) => toWorker.addEventListener(type, listener as EventListener),
    removeEventListener: (type, listener) => toWorker.removeEventListener(type, listener as EventListener),
  };
  const stop = hostSearchWorker(new SearchIndexCore(db, options.core), scope, {
    ...options,
    observe: options.observeDatabase ? (onChange) => observeSearchSources(db, onChange) : undefined,
  });
  return {
    posted,
    postMessage: (message) => {
      posted.push(message);
      deliver(toWorker, message);
    },
    addEventListener: (type, listener) => toClient.addEventListener(type, listener),
    terminate: stop,
  };
}
