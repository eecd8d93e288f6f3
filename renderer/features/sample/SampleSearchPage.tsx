import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { searchParamNames } from '../../../shared/search/searchFilters';
import { SearchPage } from '../search/SearchPage';

/**
 * The search page over the sample. The header's box searches the person's own journal, so the
 * sample has a box of its own; results, filters and links follow from the address as usual.
 */
export function SampleSearchPage() {
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  // Kept as typed: the address follows a moment later and must not drop a keystroke.
  const [query, setQuery] = useState(() => searchParams.get(searchParamNames.query) ?? '');
  return (
    <>
      <form role="search" className="sample-search" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={id}>Search the sample journal</label>
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
