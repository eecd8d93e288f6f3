import type { SearchFilters } from '../../../shared/search/searchFilters';
import type { SearchHit } from '../../../shared/search/toSearchHit';

/** The messages between the page and the search worker; both sides import these types. */

export interface SearchRequest {
  query: string;
  filters: SearchFilters;
  /** How many hits to return; `total` still counts every match. */
  limit: number;
}

export interface SearchResponse {
  /** Ids of the returned hits, best first. */
  ids: string[];
  total: number;
  /** Of `total`, how many are preparations (plans made before a conversation); absent means none. */
  preparations?: number;
  /** The query's words as the index understood them. */
  terms: string[];
  hits: SearchHit[];
  /** False while the index is still being built: the answer covers what was indexed so far. */
  isComplete: boolean;
  /** Worker time: ranking in the index, then reading and shaping the returned hits. */
  timings: { queryMs: number; hitsMs: number };
}

export type SearchIndexSource = 'persisted' | 'built';

export interface SearchReadyInfo {
  source: SearchIndexSource;
  documentCount: number;
  /** Saved changes absorbed on start (saves since the index was last stored). */
  appliedChanges: number;
  durationMs: number;
  /** Of durationMs, loading (or building) the index; the rest is absorbing saved changes. */
  indexMs: number;
}

export type ToSearchWorker =
  /** Go ahead with the large read of the saved index (see SearchWorkerHostOptions.waitForLoad). */
  | { type: 'load' }
  | { type: 'search'; requestId: number; request: SearchRequest }
  /** Something was saved: look for new search changes now rather than waiting for the observer. */
  | { type: 'changed' };

export type FromSearchWorker =
  | { type: 'progress'; phase: 'loading' | 'building'; indexed: number; total: number | null }
  | { type: 'ready'; info: SearchReadyInfo }
  /** The index absorbed changes; results on screen may be out of date. */
  | { type: 'updated'; documentCount: number }
  | { type: 'results'; requestId: number; response: SearchResponse }
  | { type: 'failed'; requestId: number | null; message: string };

const fromWorkerTypes: ReadonlySet<string> = new Set(['progress', 'ready', 'updated', 'results', 'failed']);

/** Messages arrive as `unknown`; this checks the tag before the client trusts the rest. */
export function isFromSearchWorker(value: unknown): value is FromSearchWorker {
  return (
    typeof value === 'object' &&
    value !== null &&
    'type' in value &&
    typeof value.type === 'string' &&
    fromWorkerTypes.has(value.type)
  );
}

export function isToSearchWorker(value: unknown): value is ToSearchWorker {
  if (typeof value !== 'object' || value === null || !('type' in value)) return false;
  if (value.type === 'changed' || value.type === 'load') return true;
  return value.type === 'search' && 'requestId' in value && typeof value.requestId === 'number';
}
