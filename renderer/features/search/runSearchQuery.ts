import MiniSearch, { type SearchResult } from 'minisearch';
import type { FilterFieldTable } from '../../../shared/search/filterFieldTable';
import type { PeopleById, SearchDocument } from '../../../shared/search/searchDocument';
import { hasActiveFilters, matchesFilters } from '../../../shared/search/searchFilters';
import { queryTerms } from '../../../shared/search/searchText';
import { rankQuery, type RankedPage } from '../../../shared/search/rankQuery';
import { toSearchHit } from '../../../shared/search/toSearchHit';
import type { JournalDatabase } from '../../db/JournalDatabase';
import type { SearchRequest, SearchResponse } from './searchProtocol';

/** Local date-times sort as plain strings; localeCompare would be far slower over a whole journal. */
const newestFirst = (a: string, b: string): number => (a < b ? 1 : a > b ? -1 : 0);

/** Only filters, no words: the newest matching reflections first. */
function newestMatching(
  index: MiniSearch<SearchDocument>,
  table: FilterFieldTable,
  filters: SearchRequest['filters'],
  limit: number,
): RankedPage {
  const filter = (result: SearchResult) => {
    const fields = table.get(String(result.id));
    return fields !== undefined && matchesFilters(fields, filters);
  };
  const occurredAtOf = (result: SearchResult): string => table.occurredAtOf(String(result.id)) ?? '';
  const results = index
    .search(MiniSearch.wildcard, { filter })
    .sort((a, b) => newestFirst(occurredAtOf(a), occurredAtOf(b)));
  return {
    total: results.length,
    ids: results.slice(0, Math.max(0, limit)).map((result) => String(result.id)),
    scores: [],
    matchedTerms: [],
  };
}

/**
 * One query: words ranked by the index, or with only filters the newest matching reflections
 * first. Only the returned page of reflections is read, to build what each result row shows.
 */
export async function runSearchQuery(input: {
  index: MiniSearch<SearchDocument> | null;
  /** The filter facts of every indexed reflection. */
  filters: FilterFieldTable;
  db: JournalDatabase;
  people: PeopleById;
  request: SearchRequest;
  isComplete: boolean;
}): Promise<SearchResponse> {
  const { index, db, people, request, isComplete } = input;
  const table = input.filters;
  const terms = queryTerms(request.query);
  const { filters } = request;
  const isFiltering = hasActiveFilters(filters);
  if (index === null || (terms.length === 0 && !isFiltering)) {
    return { ids: [], total: 0, terms, hits: [], isComplete, timings: { queryMs: 0, hitsMs: 0 } };
  }
  const startedAt = performance.now();
  const ranked =
    terms.length === 0
      ? newestMatching(index, table, filters, request.limit)
      : rankQuery(index as MiniSearch<unknown>, terms, {
          limit: Math.max(0, request.limit),
          // Reflections in the Trash are never indexed, so without filters there is nothing to check.
          ...(isFiltering
            ? {
                accept: (id: string) => {
                  const fields = table.get(id);
                  return fields !== undefined && matchesFilters(fields, filters);
                },
              }
            : {}),
        });
  const rankedAt = performance.now();
  const reflections = await db.reflections.bulkGet(ranked.ids);
  const highlightTerms = [...ranked.matchedTerms, ...terms];
  const hits = ranked.ids.flatMap((id, position) => {
    const reflection = reflections[position];
    if (reflection === undefined) return [];
    return [toSearchHit(reflection, people, highlightTerms)];
  });
  const timings = {
    queryMs: Math.round(rankedAt - startedAt),
    hitsMs: Math.round(performance.now() - rankedAt),
  };
  return { ids: hits.map((hit) => hit.id), total: ranked.total, terms, hits, isComplete, timings };
}
