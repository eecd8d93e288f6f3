import type { Options, SearchOptions } from 'minisearch';
import { searchTextFields, type SearchDocument } from './searchDocument';
import { indexTerm, normalizeTerm, PREFIX_MIN_LENGTH, queryTerms, tokenize } from './searchText';

/**
 * Bumped whenever fields, tokenizing or stored fields change: a saved index made with
 * other settings would answer wrongly, so a different number means "rebuild".
 */
export const SEARCH_INDEX_FORMAT = 5;

/**
 * About two screens of results: each shown hit is read and highlighted in the worker, so the
 * first answer stays quick; "Show more results" asks for the next batch.
 */
export const DEFAULT_RESULT_LIMIT = 20;

/**
 * Prefix matching from the third letter (see PREFIX_MIN_LENGTH), one typo from four letters and
 * two from eight; every word must match somewhere. The request and the people are what someone
 * usually remembers, so they weigh double.
 */
export const searchQueryOptions = {
  // Queries are cut by queryTerms (stop words out) and the terms pass through as they are.
  tokenize: queryTerms,
  processTerm: (term: string) => normalizeTerm(term) || null,
  prefix: (term: string) => term.length >= PREFIX_MIN_LENGTH,
  fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  boost: { asked: 2, people: 2 },
  combineWith: 'AND',
} satisfies SearchOptions;

/** Loading a saved index needs exactly the options it was built with; both sides use this object. */
export const searchIndexOptions = {
  idField: 'id',
  fields: [...searchTextFields],
  // Nothing is stored in the index: filter facts live in a FilterFieldTable beside it.
  storeFields: [],
  tokenize: (text: string) => tokenize(text),
  processTerm: (term: string) => indexTerm(term),
  searchOptions: searchQueryOptions,
} satisfies Options<SearchDocument>;
