import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { searchParamNames } from '../../../shared/search/searchFilters';
import { SearchPage } from '../search/SearchPage';

/**
 * The search page on a client's journal. The header's box searches the coach's own journal, so
 * the workspace has its own box; the same results, filters and links follow from the address.
 */
export function WorkspaceSearchPage() {
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  // Kept here as typed: the address follows a moment later, and must not drop a keystroke.
  const [query, setQuery] = useState(() => searchParams.get(searchParamNames.query) ?? '');
  return (
    <>
      <form role="search" className="coach-search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={id}>Search this client's reflections</label>
          <input
            id={id}
            type="search"
            autoComplete="off"
            spellCheck={false}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              const next = new URLSearchParams(searchParams);
              if (event.target.value === '') next.delete(searchParamNames.query);
              else next.set(searchParamNames.query, event.target.value);
              setSearchParams(next, { replace: true });
            }}
          />
        </div>
      </form>
      <SearchPage />
    </>
  );
}
