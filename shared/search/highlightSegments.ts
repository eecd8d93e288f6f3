import { normalizeTerm, PREFIX_MIN_LENGTH, tokenize, wordsWithOffsets } from './searchText';

/** A run of text, marked or not. Rendered as text nodes, never as HTML. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

const ELLIPSIS = '…';
// Any character outside printable ASCII and ordinary white space.
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/**
 * Decides which words to mark. A word matches a term when they are equal or, for terms long
 * enough to be prefixes, when the word starts with the term: the index's own prefix rule. Terms go
 * through the index's tokenizer ("C++" becomes "c"), and answers are cached per word, because
 * one result's passages repeat the same words many times.
 */
export class TermMatcher {
  private readonly exact: ReadonlySet<string>;
  private readonly prefixes: readonly string[];
  private readonly answers = new Map<string, boolean>();

  constructor(terms: readonly string[]) {
    const normalized = new Set(terms.flatMap((term) => tokenize(term).map(normalizeTerm)));
    normalized.delete('');
    this.exact = normalized;
    this.prefixes = [...normalized].filter((term) => term.length >= PREFIX_MIN_LENGTH);
  }

  get isEmpty(): boolean {
    return this.exact.size === 0;
  }

  /**
   * False only when no word of the text can match: a quick test that spares tokenizing most
   * passages. Limited to ASCII text, where a matching word's lower case always contains its term;
   * accents and other scripts change under normalization, so such text is always worth a look.
   */
  mightMatchIn(text: string): boolean {
    if (this.exact.size === 0) return false;
    if (NON_ASCII.test(text)) return true;
    const lower = text.toLowerCase();
    for (const term of this.exact) if (lower.includes(term)) return true;
    return false;
  }

  matches(word: string): boolean {
    let answer = this.answers.get(word);
    if (answer === undefined) {
      const normalized = normalizeTerm(word);
      answer = this.exact.has(normalized) || this.prefixes.some((prefix) => normalized.startsWith(prefix));
      this.answers.set(word, answer);
    }
    return answer;
  }
}

const matcherFor = (terms: readonly string[] | TermMatcher) =>
  terms instanceof TermMatcher ? terms : new TermMatcher(terms);

function push(segments: HighlightSegment[], text: string, match: boolean): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last !== undefined && !last.match && !match) last.text += text;
  else segments.push({ text, match });
}

/**
 * Splits text into marked and unmarked runs. Words are found with the index's own tokenizer,
 * so no regular expression is ever built from what was typed, and whole words are marked.
 */
export function highlightSegments(text: string, terms: readonly string[] | TermMatcher): HighlightSegment[] {
  const matcher = matcherFor(terms);
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  if (matcher.mightMatchIn(text)) {
    for (const found of wordsWithOffsets(text)) {
      const [word] = found;
      if (!matcher.matches(word)) continue;
      push(segments, text.slice(cursor, found.index), false);
      push(segments, word, true);
      cursor = found.index + word.length;
    }
  }
  push(segments, text.slice(cursor), false);
  return segments;
}

/** How many different words in the text match; picks the passage worth showing. */
export function countMatchingWords(text: string, terms: readonly string[] | TermMatcher): number {
  const matcher = matcherFor(terms);
  if (!matcher.mightMatchIn(text)) return 0;
  const matching = new Set<string>();
  for (const word of tokenize(text)) if (matcher.matches(word)) matching.add(normalizeTerm(word));
  return matching.size;
}

/** Never cuts between the two halves of a surrogate pair (an emoji, say). */
function safeIndex(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}

function firstMatchIndex(text: string, matcher: TermMatcher): number {
  if (!matcher.mightMatchIn(text)) return 0;
  for (const found of wordsWithOffsets(text)) if (matcher.matches(found[0])) return found.index;
  return 0;
}

/**
 * A window of about `maxLength` characters around the first matching word, cut at spaces,
 * with an ellipsis where text was left out, then highlighted.
 */
export function snippetSegments(
  text: string,
  terms: readonly string[] | TermMatcher,
  maxLength = 180,
): HighlightSegment[] {
  const matcher = matcherFor(terms);
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return highlightSegments(flat, matcher);
  const matchAt = firstMatchIndex(flat, matcher);
  let start = Math.max(0, Math.min(matchAt - Math.floor(maxLength / 3), flat.length - maxLength));
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space !== -1 && space < matchAt ? space + 1 : safeIndex(flat, start);
  }
  let end = Math.min(flat.length, start + maxLength);
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    end = space > Math.max(start, matchAt) ? space : safeIndex(flat, end);
  }
  const segments = highlightSegments(flat.slice(start, end), matcher);
  if (start > 0) segments.unshift({ text: ELLIPSIS, match: false });
  if (end < flat.length) segments.push({ text: ELLIPSIS, match: false });
  return segments;
}
