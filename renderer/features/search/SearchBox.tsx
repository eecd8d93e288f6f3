import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { searchParamNames } from '../../../shared/search/searchFilters';
import { searchScopeFor } from './searchScope';
import { useUrlDraft } from './useUrlDraft';
import './search.css';

export const SEARCH_INPUT_ID = 'search-reflections';

const isApplePlatform = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);

/** Ctrl+K, or Cmd+K on a Mac: the usual "go to search" shortcut. */
function isSearchShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    (event.key.toLowerCase() === 'k' || event.code === 'KeyK')
  );
}

/** Whether the header search box has focus; the search page leaves focus there when it opens. */
export function isSearchBoxFocused(): boolean {
  return typeof document !== 'undefined' && document.activeElement?.id === SEARCH_INPUT_ID;
}

/**
 * The header's search box. Typing opens the search page with the query in the URL (one history
 * entry for the whole search: later keystrokes replace it); results appear as you type. It searches
 * the journal the page shows (see searchScope.ts).
 */
export function SearchBox() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  const scope = searchScopeFor(pathname);
  const isSearchPage = pathname === scope.path;
  const [value, setValue] = useUrlDraft(isSearchPage ? (searchParams.get(searchParamNames.query) ?? '') : '');
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isSearchShortcut(event)) return;
      event.preventDefault();
      inputRef.current?.focus();
      inputRef.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  // Leaving the search page empties the box (Back to it refills it, through useUrlDraft). Arriving
  // is left alone: the URL may not have caught up with the last keystrokes yet.
  const [seenPathname, setSeenPathname] = useState(pathname);
  if (seenPathname !== pathname) {
    setSeenPathname(pathname);
    if (!isSearchPage) setValue('');
  }

  // The router renders navigations in a transition, so keystrokes can arrive before the search
  // page has rendered; this remembers that the entry was already pushed, so they replace it.
  const isArriving = useRef(false);
  useEffect(() => {
    isArriving.current = false;
  }, [pathname]);

  function show(query: string) {
    const params = new URLSearchParams(isSearchPage ? searchParams : undefined);
    if (query === '') params.delete(searchParamNames.query);
    else params.set(searchParamNames.query, query);
    const search = params.toString();
    const replace = isSearchPage || isArriving.current;
    isArriving.current = !isSearchPage;
    void navigate({ pathname: scope.path, search: search === '' ? '' : `?${search}` }, { replace });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    show(value);
  }

  return (
    <form role="search" className="search-box" onSubmit={onSubmit}>
      <input
        ref={inputRef}
        id={SEARCH_INPUT_ID}
        type="search"
        dir="auto"
        aria-label={scope.label}
        aria-keyshortcuts="Control+K Meta+K"
        placeholder={scope.label}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          const next = event.target.value;
          setValue(next);
          if (isSearchPage || next.trim() !== '') show(next);
        }}
      />
      <kbd className="search-box-hint" aria-hidden="true">
        {isApplePlatform ? '⌘K' : 'Ctrl K'}
      </kbd>
    </form>
  );
}
