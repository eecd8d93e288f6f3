import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  parseSearchParams,
  toSearchParamEntries,
  type SearchFilters,
} from '../../../shared/search/searchFilters';
import { describeSearchState } from './describeSearchState';
import { DEFAULT_RESULT_LIMIT } from './searchClient';
import { isSearchBoxFocused } from './SearchBox';
import { SearchFilterControls } from './SearchFilterControls';
import { SearchResultList } from './SearchResultList';
import { useSearchClient, useSearchResults, useSearchStatus } from './useSearch';

/** /search: the query from the header box, filters, and the matching reflections. */
export function SearchPage() {
  const client = useSearchClient();
  const status = useSearchStatus(client);
  const [searchParams, setSearchParams] = useSearchParams();
  const parsed = useMemo(() => parseSearchParams((name) => searchParams.get(name)), [searchParams]);
  const { query } = parsed;
  // The same filters keep the same object while only the words change, so memoized children and
  // the results effect see no change.
  const filtersKey = JSON.stringify(parsed.filters);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content on purpose
  const filters = useMemo(() => parsed.filters, [filtersKey]);
  const [more, setMore] = useState({ for: '', limit: DEFAULT_RESULT_LIMIT });
  const searchKey = searchParams.toString();
  const limit = more.for === searchKey ? more.limit : DEFAULT_RESULT_LIMIT;
  const results = useSearchResults(client, query, filters, limit);
  const { response } = results;
  // Someone typing in the header lands here mid-word; the heading must not take their focus.
  // Arriving any other way, the heading is focusable and the app moves focus to it as usual.
  const [isHeadingFocusable] = useState(() => !isSearchBoxFocused());
  const headingId = useId();

  useLayoutEffect(() => {
    if (response !== null) performance.mark('search:results-painted');
  }, [response]);

  // Stable, so the memoized filter controls skip renders; reads the newest query when called.
  const latest = useRef({ query, setSearchParams });
  useLayoutEffect(() => {
    latest.current = { query, setSearchParams };
  });
  const setFilters = useCallback((next: SearchFilters) => {
    const { query: words, setSearchParams: set } = latest.current;
    set(new URLSearchParams(toSearchParamEntries(words, next)), { replace: true });
  }, []);

  const hits = results.hasQuery ? (response?.hits ?? []) : [];
  const canShowMore = results.hasQuery && response !== null && response.total > response.hits.length;
  return (
    <section className="page search-page" aria-labelledby={headingId}>
      <h1 id={headingId} className="page-heading" tabIndex={isHeadingFocusable ? -1 : undefined}>
        Search
      </h1>
      <SearchFilterControls filters={filters} onChange={setFilters} />
      <p role="status" className="search-status">
        {describeSearchState({ query, filters, status, ...results })}
      </p>
      {hits.length > 0 && <SearchResultList hits={hits} />}
      {canShowMore && (
        <button
          type="button"
          className="button"
          onClick={() => setMore({ for: searchKey, limit: limit + DEFAULT_RESULT_LIMIT })}
        >
          Show more results
        </button>
      )}
    </section>
  );
}
