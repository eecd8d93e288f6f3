import { isExistingDate, parseLocalDate } from '../domain/localDateTime';
import {
  outcomeValues,
  relationshipValues,
  type Outcome,
  type Relationship,
} from '../domain/reflectionLabels';
import type { SearchFilterFields } from './searchDocument';

/** What a search can be narrowed by. Every field is optional; an empty object filters nothing. */
export interface SearchFilters {
  principleId?: string;
  personId?: string;
  relationship?: Relationship;
  outcome?: Outcome;
  tag?: string;
  starred?: boolean;
  /** First and last day, `YYYY-MM-DD`, both inclusive, compared with the local date it happened. */
  from?: string;
  to?: string;
}

export interface ParsedSearch {
  query: string;
  filters: SearchFilters;
}

/** URL parameter names; the page and the header box share them. */
export const searchParamNames = {
  query: 'q',
  principleId: 'principle',
  personId: 'person',
  relationship: 'relationship',
  outcome: 'outcome',
  tag: 'tag',
  starred: 'starred',
  from: 'from',
  to: 'to',
} as const;

/** Filter fields in URL order. */
const filterKeys = [
  'principleId',
  'personId',
  'relationship',
  'outcome',
  'tag',
  'starred',
  'from',
  'to',
] as const satisfies ReadonlyArray<keyof SearchFilters>;

const MAX_QUERY_LENGTH = 500;
const MAX_ID_LENGTH = 80;
const MAX_TAG_LENGTH = 50;

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

function validDate(value: string | null): string | undefined {
  if (value === null) return undefined;
  const parts = parseLocalDate(value);
  return parts !== null && isExistingDate(parts) ? value : undefined;
}

function shortText(value: string | null, max: number): string | undefined {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' || trimmed.length > max ? undefined : trimmed;
}

/**
 * Reads a search from URL parameters. The address bar is typed input, so anything unknown or
 * malformed is dropped rather than trusted. Takes a getter so this stays free of DOM types.
 */
export function parseSearchParams(get: (name: string) => string | null): ParsedSearch {
  const relationship = get(searchParamNames.relationship) ?? '';
  const outcome = get(searchParamNames.outcome) ?? '';
  const filters: SearchFilters = {
    principleId: shortText(get(searchParamNames.principleId), MAX_ID_LENGTH),
    personId: shortText(get(searchParamNames.personId), MAX_ID_LENGTH),
    relationship: isOneOf(relationshipValues, relationship) ? relationship : undefined,
    outcome: isOneOf(outcomeValues, outcome) ? outcome : undefined,
    tag: shortText(get(searchParamNames.tag), MAX_TAG_LENGTH),
    starred: get(searchParamNames.starred) === '1' ? true : undefined,
    from: validDate(get(searchParamNames.from)),
    to: validDate(get(searchParamNames.to)),
  };
  return {
    query: (get(searchParamNames.query) ?? '').slice(0, MAX_QUERY_LENGTH),
    filters: compactFilters(filters),
  };
}

/** Drops unset fields, so two equal searches serialize the same way. */
export function compactFilters(filters: SearchFilters): SearchFilters {
  const compact: SearchFilters = {};
  for (const key of filterKeys) {
    const value = filters[key];
    if (value === undefined || value === '' || value === false) continue;
    Object.assign(compact, { [key]: value });
  }
  return compact;
}

/** URL parameters for a search, in a fixed order; empty values are left out. */
export function toSearchParamEntries(query: string, filters: SearchFilters): Array<[string, string]> {
  const entries: Array<[string, string]> = [];
  if (query !== '') entries.push([searchParamNames.query, query]);
  const compact = compactFilters(filters);
  for (const key of filterKeys) {
    const value = compact[key];
    if (value === undefined) continue;
    entries.push([searchParamNames[key], value === true ? '1' : String(value)]);
  }
  return entries;
}

export function hasActiveFilters(filters: SearchFilters): boolean {
  return Object.keys(compactFilters(filters)).length > 0;
}

/** Whether a reflection's facts pass every filter. Reflections in the Trash never do. */
export function matchesFilters(fields: SearchFilterFields, filters: SearchFilters): boolean {
  if (fields.deleted) return false;
  if (filters.principleId !== undefined && !fields.principleIds.includes(filters.principleId)) return false;
  if (filters.personId !== undefined && !fields.personIds.includes(filters.personId)) return false;
  if (filters.relationship !== undefined && fields.relationship !== filters.relationship) return false;
  if (filters.outcome !== undefined && fields.outcome !== filters.outcome) return false;
  if (filters.tag !== undefined && !fields.tags.includes(filters.tag.toLowerCase())) return false;
  if (filters.starred === true && !fields.starred) return false;
  if (filters.from !== undefined || filters.to !== undefined) {
    const day = fields.occurredAt?.slice(0, 10);
    if (day === undefined) return false;
    if (filters.from !== undefined && day < filters.from) return false;
    if (filters.to !== undefined && day > filters.to) return false;
  }
  return true;
}
