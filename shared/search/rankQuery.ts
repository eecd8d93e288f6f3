import type MiniSearch from 'minisearch';
import { internalsOf, type MiniSearchState, type PostingsByField } from './miniSearchInternals';
import { fieldLengthsOf, GONE } from './fieldLengthTable';
import { forEachPair, PackedPostings } from './packedPostings';
import { searchQueryOptions } from './searchOptions';

/**
 * Ranks a query the way MiniSearch's `search` does with searchQueryOptions (same matching terms,
 * same BM25+ scores, same order), without what makes `search` slow on a big journal: a result
 * object, a term list and a match object for every matching reflection, then a sort of them
 * all. A three-letter prefix matches 10,000 to 20,000 reflections at 50,000; this scores them
 * in flat arrays, reads saved postings without unpacking them, and keeps only the page shown.
 * MiniSearch still finds which index terms match (exact, prefix, fuzzy) through its own tree.
 */
export interface RankedPage {
  /** How many reflections match every term (and `accept`). */
  total: number;
  /** The best `limit` of them, best first. */
  ids: string[];
  scores: number[];
  /** Every index term the query words matched, for highlighting. */
  matchedTerms: string[];
}

export interface RankOptions {
  limit: number;
  /** Filters by reflection id; called once per match. */
  accept?: (id: string) => boolean;
}

/** Past this many a full sort is quicker than keeping the page in order as matches arrive. */
const INSERTION_LIMIT = 200;
/** Highlighting tests each word against these; a huge fuzzy match list would slow every hit. */
const MATCHED_TERMS_LIMIT = 500;

interface Weights {
  fuzzy: number;
  prefix: number;
}

interface DerivedTerm {
  term: string;
  weight: number;
  postings: PostingsByField;
}

/** The index terms one query word matches, with MiniSearch's weights: exact, then prefix, then fuzzy. */
function derivedTerms(state: MiniSearchState, word: string, weights: Weights): DerivedTerm[] {
  const found: DerivedTerm[] = [];
  const exact = state._index.get(word);
  if (exact !== undefined) found.push({ term: word, weight: 1, postings: exact });
  const fuzzy = searchQueryOptions.fuzzy(word);
  const maxDistance =
    fuzzy === false
      ? 0
      : fuzzy < 1
        ? Math.min(searchQueryOptions.maxFuzzy, Math.round(word.length * fuzzy))
        : fuzzy;
  const fuzzyMatches = maxDistance > 0 ? state._index.fuzzyGet(word, maxDistance) : null;
  if (searchQueryOptions.prefix(word)) {
    for (const [term, postings] of state._index.atPrefix(word)) {
      const distance = term.length - word.length;
      if (distance === 0) continue;
      // A word that is both a prefix and a fuzzy match counts once, as a prefix match.
      fuzzyMatches?.delete(term);
      found.push({ term, weight: (weights.prefix * term.length) / (term.length + 0.3 * distance), postings });
    }
  }
  if (fuzzyMatches !== null) {
    for (const [term, [postings, distance]] of fuzzyMatches) {
      if (distance === 0) continue;
      found.push({ term, weight: (weights.fuzzy * term.length) / (term.length + distance), postings });
    }
  }
  return found;
}

/** Calls `visit` for each (short id, frequency), reading saved postings without unpacking them. */
function forEachPosting(
  postings: Map<number, number>,
  visit: (shortId: number, frequency: number) => void,
): void {
  const view = postings instanceof PackedPostings ? postings.view : null;
  if (view === null) {
    for (const [shortId, frequency] of postings) visit(shortId, frequency);
    return;
  }
  forEachPair(view.range, visit);
  for (const [shortId, frequency] of view.added) visit(shortId, frequency);
}

/**
 * `words` are normalized query words (see queryTerms); every one must match (AND), as in
 * searchQueryOptions.
 */
export function rankQuery(
  index: MiniSearch<unknown>,
  words: readonly string[],
  options: RankOptions,
): RankedPage {
  const state = internalsOf(index);
  const empty: RankedPage = { total: 0, ids: [], scores: [], matchedTerms: [] };
  if (words.length === 0) return empty;
  const fields = Object.entries(state._fieldIds).map(([field, fieldId]) => ({
    fieldId,
    boost: (searchQueryOptions.boost as Record<string, number | undefined>)[field] ?? 1,
  }));
  // The index's own search options, MiniSearch's defaults merged in, as `search` would use them.
  const { weights, bm25 } = state._options.searchOptions;
  const { k: K, b: B, d: D } = bm25;
  const capacity = state._nextId;
  const fieldCount = fields.length;
  const fieldLengths = fieldLengthsOf(state, fieldCount);
  // How many words each document has matched so far; a document behind is out for good.
  const matchedWords = new Uint16Array(capacity);
  const wordScore = new Float64Array(capacity);
  const totalScore = new Float64Array(capacity);
  const documentCount = state._documentCount;
  const matchedTerms: string[] = [];
  let inOrder: number[] = [];

  for (const [at, word] of words.entries()) {
    const reached: number[] = [];
    for (const derived of derivedTerms(state, word, weights)) {
      if (matchedTerms.length < MATCHED_TERMS_LIMIT) matchedTerms.push(derived.term);
      for (const { fieldId, boost } of fields) {
        const postings = derived.postings.get(fieldId);
        if (postings === undefined) continue;
        const matching = postings.size;
        const averageLength = state._avgFieldLength[fieldId] ?? 1;
        const invDocFreq = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
        const weight = derived.weight * boost;
        forEachPosting(postings, (shortId, frequency) => {
          const progress = matchedWords[shortId];
          if (progress === undefined || progress < at) return;
          const fieldLength = fieldLengths[shortId * fieldCount + fieldId] ?? GONE;
          if (fieldLength === GONE) return;
          if (progress === at) {
            matchedWords[shortId] = at + 1;
            reached.push(shortId);
          }
          const raw =
            invDocFreq *
            (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * fieldLength) / averageLength)));
          wordScore[shortId] = (wordScore[shortId] ?? 0) + weight * raw;
        });
      }
    }
    // Summed word by word, as MiniSearch combines its per-word results, so scores agree exactly.
    for (const shortId of reached) {
      const score = wordScore[shortId] ?? 0;
      totalScore[shortId] = at === 0 ? score : (totalScore[shortId] ?? 0) + score;
      wordScore[shortId] = 0;
    }
    inOrder = reached;
  }

  const quality = words.length;
  const page: { shortId: number; score: number }[] = [];
  const keepInOrder = options.limit <= INSERTION_LIMIT;
  let total = 0;
  for (const shortId of inOrder) {
    if (options.accept !== undefined && !options.accept(state._documentIds.get(shortId) ?? '')) continue;
    total += 1;
    if (options.limit <= 0) continue;
    const score = (totalScore[shortId] ?? 0) * quality;
    if (!keepInOrder) {
      page.push({ shortId, score });
      continue;
    }
    if (page.length === options.limit && score <= (page.at(-1)?.score ?? Infinity)) continue;
    // Equal scores keep arrival order, as MiniSearch's stable sort does.
    let position = page.length;
    while (position > 0 && (page[position - 1]?.score ?? Infinity) < score) position -= 1;
    page.splice(position, 0, { shortId, score });
    if (page.length > options.limit) page.pop();
  }
  if (!keepInOrder) {
    page.sort((a, b) => b.score - a.score);
    page.length = Math.min(page.length, options.limit);
  }
  return {
    total,
    ids: page.map((entry) => state._documentIds.get(entry.shortId) ?? ''),
    scores: page.map((entry) => entry.score),
    matchedTerms,
  };
}
