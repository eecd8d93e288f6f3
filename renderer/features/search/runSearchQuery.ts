import MiniSearch, { type SearchResult } from 'minisearch';
import type { FilterFieldTable } from '../../../shared/search/filterFieldTable';
import type { PreparationMatch, PreparationSearch } from '../../../shared/search/preparationSearch';
import { toPreparationSearchHit } from '../../../shared/search/preparationSearch';
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

interface PageEntry {
  readonly id: string;
  readonly kind: 'reflection' | 'preparation';
}

/**
 * Reflections and plans in one page, each list already in order: by score when words were asked
 * (both indexes score with the same BM25+ settings), else newest first.
 */
function mergePage(
  ranked: RankedPage,
  plans: readonly PreparationMatch[],
  byScore: boolean,
  occurredAtOf: (id: string) => string,
  limit: number,
): PageEntry[] {
  const reflections = ranked.ids.map((id, position) => ({
    id,
    kind: 'reflection' as const,
    score: ranked.scores[position] ?? 0,
    at: byScore ? '' : occurredAtOf(id),
  }));
  const planEntries = plans.map(({ id, score, plannedAt }) => ({
    id,
    kind: 'preparation' as const,
    score,
    at: plannedAt ?? '',
  }));
  const merged = [...reflections, ...planEntries];
  merged.sort((a, b) => (byScore ? b.score - a.score : newestFirst(a.at, b.at)));
  return merged.slice(0, Math.max(0, limit)).map(({ id, kind }) => ({ id, kind }));
}

/**
 * One query: words ranked by the index, or with only filters the newest matching reflections
 * first, with matching plans among them. Only the returned page is read, to build what each
 * result row shows.
 */
export async function runSearchQuery(input: {
  index: MiniSearch<SearchDocument> | null;
  /** The filter facts of every indexed reflection. */
  filters: FilterFieldTable;
  /** The journal's plans, searched beside the reflections; none when left out. */
  preparations?: PreparationSearch;
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
  const plans = input.preparations?.search(terms, filters) ?? [];
  const page = mergePage(
    ranked,
    plans,
    terms.length > 0,
    (id) => table.occurredAtOf(id) ?? '',
    request.limit,
  );
  const rankedAt = performance.now();
  const reflectionIds = page.filter(({ kind }) => kind === 'reflection').map(({ id }) => id);
  const planIds = page.filter(({ kind }) => kind === 'preparation').map(({ id }) => id);
  const [reflections, preparations] = await Promise.all([
    db.reflections.bulkGet(reflectionIds),
    planIds.length === 0 ? [] : db.preparations.bulkGet(planIds),
  ]);
  const reflectionById = new Map(
    reflections.flatMap((found) => (found === undefined ? [] : [[found.id, found]])),
  );
  const planById = new Map(preparations.flatMap((found) => (found === undefined ? [] : [[found.id, found]])));
  const highlightTerms = [...ranked.matchedTerms, ...plans.flatMap((plan) => plan.terms), ...terms];
  const hits = page.flatMap(({ id, kind }) => {
    if (kind === 'preparation') {
      const plan = planById.get(id);
      return plan === undefined ? [] : [toPreparationSearchHit(plan, people, highlightTerms)];
    }
    const reflection = reflectionById.get(id);
    return reflection === undefined ? [] : [toSearchHit(reflection, people, highlightTerms)];
  });
  const timings = {
    queryMs: Math.round(rankedAt - startedAt),
    hitsMs: Math.round(performance.now() - rankedAt),
  };
  const total = ranked.total + plans.length;
  return {
    ids: hits.map((hit) => hit.id),
    total,
    preparations: plans.length,
    terms,
    hits,
    isComplete,
    timings,
  };
}
