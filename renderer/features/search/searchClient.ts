import Dexie, { type ObservabilitySet } from 'dexie';
import { DEFAULT_RESULT_LIMIT } from '../../../shared/search/searchOptions';
import type { SearchFilters } from '../../../shared/search/searchFilters';
import { JOURNAL_DATABASE_NAME } from '../../db/JournalDatabase';
import {
  isFromSearchWorker,
  type FromSearchWorker,
  type SearchReadyInfo,
  type SearchResponse,
  type ToSearchWorker,
} from './searchProtocol';
import { searchWorkerName } from './searchWorkerName';
import { errorText } from '../../../shared/app/errorText';

/** What the client needs of a Worker; tests pass an in-process stand-in. */
export interface SearchWorkerLike {
  postMessage(message: ToSearchWorker): void;
  addEventListener(type: 'message' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

export type SearchStatus =
  | { phase: 'idle' }
  | { phase: 'loading' }
  | { phase: 'building'; indexed: number; total: number | null }
  /** `revision` counts updates since ready, so results on screen can be asked for again. */
  | { phase: 'ready'; info: SearchReadyInfo; revision: number }
  | { phase: 'failed'; message: string };

interface Outstanding {
  requestId: number;
  resolve: (response: SearchResponse | null) => void;
  reject: (error: Error) => void;
}

export { DEFAULT_RESULT_LIMIT };

/** Dexie's names for mutated ranges look like `idb://influence-journal/people/…`. */
const SEARCH_SOURCE_PART = /\/(searchChanges|people|preparations)\//;

/**
 * The page's side of search. Only the newest query matters: asking again settles the previous
 * promise with null at once, and a late answer to an old request is dropped.
 */
export class SearchClient {
  private worker: SearchWorkerLike | null = null;
  private status: SearchStatus = { phase: 'idle' };
  private readonly listeners = new Set<() => void>();
  private nextRequestId = 1;
  private outstanding: Outstanding | null = null;
  private hasAllowedLoad = false;

  constructor(private readonly createWorker: () => SearchWorkerLike) {}

  /** Starts the worker and lets it load the index. Safe to call any number of times. */
  start = (): void => {
    this.warmUp();
    if (this.worker === null || this.hasAllowedLoad) return;
    this.hasAllowedLoad = true;
    this.worker.postMessage({ type: 'load' });
  };

  /**
   * Starts the worker without letting it read the saved index yet: its script, database
   * connection and small reads get done, and `start` (or a search) lets it load. The app calls
   * `start` once the first rows are on screen (see main.tsx); starting earlier measured no better.
   */
  warmUp = (): void => {
    if (this.worker !== null || this.status.phase === 'failed') return;
    try {
      this.worker = this.createWorker();
    } catch (error) {
      this.fail(errorText(error));
      return;
    }
    this.setStatus({ phase: 'loading' });
    this.worker.addEventListener('message', (event) => {
      const data: unknown = event instanceof MessageEvent ? event.data : undefined;
      if (isFromSearchWorker(data)) this.receive(data);
    });
    this.worker.addEventListener('error', () => this.fail('The search worker stopped.'));
    Dexie.on('storagemutated', this.onStorageMutated);
  };

  search(
    query: string,
    filters: SearchFilters,
    limit = DEFAULT_RESULT_LIMIT,
  ): Promise<SearchResponse | null> {
    this.start();
    this.outstanding?.resolve(null);
    const requestId = this.nextRequestId;
    this.nextRequestId += 1;
    return new Promise((resolve, reject) => {
      if (this.status.phase === 'failed' || this.worker === null) {
        reject(new Error(this.status.phase === 'failed' ? this.status.message : 'Search is not running.'));
        return;
      }
      this.outstanding = { requestId, resolve, reject };
      this.worker.postMessage({ type: 'search', requestId, request: { query, filters, limit } });
    });
  }

  /** Tells the worker something was saved, so it looks for search changes now. */
  notifyChanged = (): void => {
    this.worker?.postMessage({ type: 'changed' });
  };

  getStatus = (): SearchStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  dispose(): void {
    Dexie.on('storagemutated').unsubscribe(this.onStorageMutated);
    this.worker?.terminate();
    this.worker = null;
    this.outstanding?.resolve(null);
    this.outstanding = null;
  }

  /** Saves from this page (and, relayed by Dexie, from other windows) reach the worker at once. */
  private readonly onStorageMutated = (parts: ObservabilitySet): void => {
    if (Object.keys(parts).some((part) => SEARCH_SOURCE_PART.test(part))) this.notifyChanged();
  };

  private receive(message: FromSearchWorker): void {
    switch (message.type) {
      case 'progress':
        if (message.phase === 'building') {
          this.setStatus({ phase: 'building', indexed: message.indexed, total: message.total });
        }
        return;
      case 'ready':
        performance.mark('search:ready', { detail: message.info });
        this.setStatus({ phase: 'ready', info: message.info, revision: 0 });
        return;
      case 'updated':
        if (this.status.phase === 'ready')
          this.setStatus({ ...this.status, revision: this.status.revision + 1 });
        return;
      case 'results':
        if (this.outstanding?.requestId === message.requestId) {
          this.outstanding.resolve(message.response);
          this.outstanding = null;
        }
        return;
      case 'failed':
        if (message.requestId === null) this.fail(message.message);
        else if (this.outstanding?.requestId === message.requestId) {
          this.outstanding.reject(new Error(message.message));
          this.outstanding = null;
        }
        return;
    }
  }

  private fail(message: string): void {
    this.setStatus({ phase: 'failed', message });
    this.outstanding?.reject(new Error(message));
    this.outstanding = null;
  }

  private setStatus(status: SearchStatus): void {
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

let shared: SearchClient | null = null;

function createSearchClient(databaseName: string): SearchClient {
  return new SearchClient(
    () =>
      new Worker(new URL('./search.worker.ts', import.meta.url), {
        type: 'module',
        name: searchWorkerName(databaseName),
      }),
  );
}

/** The app's one search client. Creating it is cheap: the worker starts on first use or start(). */
export function getSearchClient(): SearchClient {
  shared ??= createSearchClient(JOURNAL_DATABASE_NAME);
  return shared;
}

const others = new Map<string, SearchClient>();

/** A search client for another journal (a coach's client workspace), one per database. */
export function getSearchClientFor(databaseName: string): SearchClient {
  if (databaseName === JOURNAL_DATABASE_NAME) return getSearchClient();
  let client = others.get(databaseName);
  if (client === undefined) {
    client = createSearchClient(databaseName);
    others.set(databaseName, client);
  }
  return client;
}

/** Stops that journal's worker and closes its connection, so the database can be replaced or deleted. */
export function releaseSearchClientFor(databaseName: string): void {
  others.get(databaseName)?.dispose();
  others.delete(databaseName);
}
