import { hasActiveFilters, type SearchFilters } from '../../../shared/search/searchFilters';
import type { SearchStatus } from './searchClient';
import type { SearchResponse } from './searchProtocol';

export interface SearchStateInput {
  query: string;
  filters: SearchFilters;
  status: SearchStatus;
  hasQuery: boolean;
  response: SearchResponse | null;
  isStale: boolean;
  error: string | null;
  answered: { query: string; filters: SearchFilters } | null;
}

// One formatter for the module: toLocaleString() builds a new one on every call, on every keystroke.
const numberFormat = new Intl.NumberFormat();
const formatCount = (count: number) => numberFormat.format(count);
const reflections = (count: number) => (count === 1 ? '1 reflection' : `${formatCount(count)} reflections`);
const preparationsWord = (count: number) =>
  count === 1 ? '1 preparation' : `${formatCount(count)} preparations`;

/** "3 reflections", "3 reflections and 1 preparation", "1 preparation": what the answer holds. */
function matches(total: number, preparations: number): string {
  const reflectionCount = total - preparations;
  if (preparations === 0) return reflections(total);
  if (reflectionCount === 0) return preparationsWord(preparations);
  return `${reflections(reflectionCount)} and ${preparationsWord(preparations)}`;
}

function building(status: SearchStatus): string {
  if (status.phase !== 'building' || status.total === null) return 'Building the search index…';
  return `Building the search index (${formatCount(status.indexed)} of ${reflections(status.total)})…`;
}

/** The one sentence the page's status region says about the search, in plain words. */
export function describeSearchState(input: SearchStateInput): string {
  const { query, filters, status, response, error } = input;
  if (status.phase === 'failed') return `Search is unavailable: ${status.message}`;
  if (error !== null && !input.isStale) return `The search failed: ${error}`;
  if (!input.hasQuery) {
    // Only punctuation or symbols: there is no word to look for.
    return query.trim() === ''
      ? 'Type in the search box to find reflections, or choose a filter.'
      : `No reflections match “${query.trim()}”. Search for words or names.`;
  }
  if (response === null) {
    if (status.phase === 'building') return building(status);
    return status.phase === 'ready' ? 'Searching…' : 'Loading the search index…';
  }
  // While the next answer is on its way the list still shows this one; describe what it answers.
  const answered = input.answered ?? { query, filters };
  const words = answered.query.trim();
  const subject = words === '' ? 'these filters' : `“${words}”`;
  const narrowed = words !== '' && hasActiveFilters(answered.filters) ? ' with these filters' : '';
  const soFar = response.isComplete ? '' : ` so far. ${building(status)}`;
  if (response.total === 0) return `No reflections match ${subject}${narrowed}${soFar || '.'}`;
  const partial =
    response.hits.length < response.total ? ` Showing the first ${formatCount(response.hits.length)}.` : '';
  const verb = response.total === 1 ? 'matches' : 'match';
  return `${matches(response.total, response.preparations ?? 0)} ${verb} ${subject}${narrowed}${soFar || '.'}${partial}`;
}
