/**
 * How text is cut into words and how words are compared. Indexing, querying and highlighting
 * all use these two functions, so a word that is found is always a word that gets marked.
 */

/** Letters, digits and combining marks: spaces, punctuation and symbols separate words. */
const WORD_PATTERN = /[\p{L}\p{N}\p{M}]+/gu;
const COMBINING_DIACRITICS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\x20-\x7e]/;

/**
 * Shorter terms match whole words only: a one- or two-letter prefix matches most of a journal and
 * was the slowest query there is (over 100 ms at 10,000 reflections), on the first keystrokes.
 */
export const PREFIX_MIN_LENGTH = 3;

export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** Each word with where it starts, for marking words inside the original text. */
export function wordsWithOffsets(text: string): IterableIterator<RegExpExecArray> {
  return text.matchAll(WORD_PATTERN);
}

/**
 * Lower case without accents, so "cafe" finds "Café". The ASCII fast path matters: this runs
 * for every word of every reflection while the index is built. NFC afterwards recomposes
 * scripts such as Hangul that NFD splits apart.
 */
export function normalizeTerm(term: string): string {
  const lower = term.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC');
}

/**
 * Words too common to tell reflections apart. Leaving them out of the index keeps it smaller
 * and keeps "the" from scoring every reflection on each keystroke.
 */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by did do for from had has have he her his i if in into is it ' +
    'me my no not of on or our she so such that the their them then there these they this to was ' +
    'we were will with you your'
  ).split(' '),
);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

/** A term as it goes into the index: normalized, or null for a stop word. */
export function indexTerm(term: string): string | null {
  const normalized = normalizeTerm(term);
  return normalized === '' || STOP_WORDS.has(normalized) ? null : normalized;
}

/**
 * The distinct normalized words of a query, without stop words. When nothing else is left the
 * last word stays, because it is usually the start of a longer word still being typed ("the"
 * on the way to "theme").
 */
export function queryTerms(query: string): string[] {
  const words = [
    ...new Set(
      tokenize(query)
        .map(normalizeTerm)
        .filter((term) => term !== ''),
    ),
  ];
  const meaningful = words.filter((term) => !STOP_WORDS.has(term));
  const last = words.at(-1);
  return meaningful.length === 0 && last !== undefined ? [last] : meaningful;
}
