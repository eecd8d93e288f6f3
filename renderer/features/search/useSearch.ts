import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { hasActiveFilters, type SearchFilters } from '../../../shared/search/searchFilters';
import { queryTerms } from '../../../shared/search/searchText';
import { getSearchClient, type SearchClient, type SearchStatus } from './searchClient';
import type { SearchResponse } from './searchProtocol';
import { errorText } from '../../../shared/app/errorText';

/** Lets tests hand the search UI a client with an in-process worker; the app uses the shared one. */
export const SearchClientContext = createContext<SearchClient | null>(null);

export function useSearchClient(): SearchClient {
  return useContext(SearchClientContext) ?? getSearchClient();
}

export function useSearchStatus(client: SearchClient): SearchStatus {
  return useSyncExternalStore(client.subscribe, client.getStatus);
}

export interface SearchResultsState {
  /** The newest answer; kept while the next one is on its way, so the list does not flash. */
  response: SearchResponse | null;
  error: string | null;
  /** True when `response` answers an earlier query than the one on screen. */
  isStale: boolean;
  /** The query and filters `response` answers; what the page describes, so words and numbers agree. */
  answered: { query: string; filters: SearchFilters } | null;
  /** False when there is nothing to search for: no words and no filters. */
  hasQuery: boolean;
}

/**
 * Asks the worker whenever the query, filters or limit change, and again when the index becomes
 * ready or absorbs changes. Marks the moment each query is sent, for the benchmark.
 */
export function useSearchResults(
  client: SearchClient,
  query: string,
  filters: SearchFilters,
  limit: number,
): SearchResultsState {
  const status = useSearchStatus(client);
  const revision = status.phase === 'ready' ? status.revision : -1;
  const hasQuery = queryTerms(query).length > 0 || hasActiveFilters(filters);
  const [answer, setAnswer] = useState<{
    asked: { query: string; filters: SearchFilters; limit: number };
    response: SearchResponse | null;
    error: string | null;
  } | null>(null);

  useEffect(() => {
    if (!hasQuery) return;
    let isCurrent = true;
    const asked = { query, filters, limit };
    performance.mark('search:query-start');
    client.search(query, filters, limit).then(
      (response) => {
        if (response === null) return;
        // The worker's own times for this query (ranking, then reading the shown hits), ending
        // now, so the benchmark can report them.
        const receivedAt = performance.now();
        const { queryMs, hitsMs } = response.timings;
        performance.measure('search:compute', { end: receivedAt - hitsMs, duration: queryMs });
        performance.measure('search:hits', { end: receivedAt, duration: hitsMs });
        performance.mark('search:results-received', { detail: response.timings });
        if (isCurrent) setAnswer({ asked, response, error: null });
      },
      (error: unknown) => {
        if (isCurrent) setAnswer({ asked, response: null, error: errorText(error) });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [client, query, filters, limit, revision, hasQuery]);

  if (!hasQuery) return { response: null, error: null, isStale: false, hasQuery, answered: null };
  const isStale =
    answer === null ||
    answer.asked.query !== query ||
    answer.asked.filters !== filters ||
    answer.asked.limit !== limit;
  return {
    response: answer?.response ?? null,
    error: answer?.error ?? null,
    isStale,
    hasQuery,
    answered: answer === null ? null : { query: answer.asked.query, filters: answer.asked.filters },
  };
}
