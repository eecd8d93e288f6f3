import { SAMPLE_ROUTE } from '../sample/sampleRoutes';

/** Which journal the header's search box searches, and what it is called there. */
export interface SearchScope {
  /** The search page of that journal. */
  readonly path: string;
  /** The box's accessible name and placeholder. */
  readonly label: string;
}

export const OWN_SEARCH_PATH = '/search';

const coachClientPath = /^\/coach\/([^/]+)(?:\/|$)/;

/**
 * The header's box searches the journal the page shows: on the sample's pages the sample, in a
 * coach's client workspace that client's journal, and everywhere else the person's own. Searching
 * the own journal from a page about someone else's would open results that page never showed.
 */
export function searchScopeFor(pathname: string): SearchScope {
  if (pathname === SAMPLE_ROUTE || pathname.startsWith(`${SAMPLE_ROUTE}/`)) {
    return { path: `${SAMPLE_ROUTE}/search`, label: 'Search the sample journal' };
  }
  const client = coachClientPath.exec(pathname);
  if (client) {
    return { path: `/coach/${client[1]}/search`, label: "Search this client's reflections" };
  }
  return { path: OWN_SEARCH_PATH, label: 'Search reflections' };
}
