import { describe, expect, it } from 'vitest';
import {
  countMatchingWords,
  highlightSegments,
  snippetSegments,
  TermMatcher,
} from '../../../../shared/search/highlightSegments';

const marked = (segments: ReadonlyArray<{ text: string; match: boolean }>) =>
  segments.filter((segment) => segment.match).map((segment) => segment.text);
const joined = (segments: ReadonlyArray<{ text: string }>) =>
  segments.map((segment) => segment.text).join('');

describe('highlightSegments', () => {
  it('marks whole words that equal or start with a term, keeping every character of the text', () => {
    const text = 'Planning the plan, then planes.';
    const segments = highlightSegments(text, ['plan']);
    expect(marked(segments)).toEqual(['Planning', 'plan', 'planes']);
    expect(joined(segments)).toBe(text);
  });

  it('returns the text as one unmarked segment when nothing matches', () => {
    expect(highlightSegments('Nothing here', ['budget'])).toEqual([{ text: 'Nothing here', match: false }]);
    expect(highlightSegments('', ['budget'])).toEqual([]);
  });

  it('treats regular-expression characters in terms and text as plain characters', () => {
    const text = 'Is C++ (or .*?) [really] worth $5 or a+b?';
    for (const term of ['.*', '(', '[really]', '$', 'a+b', '\\', '^']) {
      expect(joined(highlightSegments(text, [term]))).toBe(text);
    }
    expect(marked(highlightSegments(text, ['[really]']))).toEqual(['really']);
    expect(marked(highlightSegments(text, ['c++']))).toEqual(['C']);
    expect(marked(highlightSegments(text, ['.*?']))).toEqual([]);
  });

  it('matches accented and non-Latin words, and leaves emoji intact', () => {
    const text = 'Café with Léa 👋🏽 then Zoë: 東京 and Straße';
    expect(marked(highlightSegments(text, ['cafe', 'lea']))).toEqual(['Café', 'Léa']);
    expect(marked(highlightSegments(text, ['ZOE']))).toEqual(['Zoë']);
    expect(marked(highlightSegments(text, ['東京']))).toEqual(['東京']);
    expect(marked(highlightSegments(text, ['straße']))).toEqual(['Straße']);
    expect(joined(highlightSegments(text, ['cafe']))).toBe(text);
  });

  it('treats terms shorter than three letters as whole words, as the index does', () => {
    expect(marked(highlightSegments('a plan and a table', ['a']))).toEqual(['a', 'a']);
    expect(marked(highlightSegments('go going gone', ['go']))).toEqual(['go']);
    expect(marked(highlightSegments('go going gone', ['gon']))).toEqual(['gone']);
  });
});

describe('snippetSegments', () => {
  const long = `${'Lorem ipsum dolor sit amet. '.repeat(20)}The budget decision came late. ${'Trailing words follow here. '.repeat(20)}`;

  it('keeps short text whole, on one line', () => {
    expect(joined(snippetSegments('Line one\n\nline   two', ['line']))).toBe('Line one line two');
  });

  it('shows a window around the first match, cut at spaces, with ellipses', () => {
    const segments = snippetSegments(long, ['budget'], 120);
    const text = joined(segments);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(122);
    expect(marked(segments)).toEqual(['budget']);
  });

  it('starts at the beginning when nothing matches', () => {
    const text = joined(snippetSegments(long, ['nowhere'], 60));
    expect(text.startsWith('Lorem ipsum')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
  });

  it('never splits an emoji when it has to cut inside a long run without spaces', () => {
    const text = joined(snippetSegments('😀'.repeat(200), ['x'], 51));
    expect(text.replace(/…/g, '')).not.toMatch(
      /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/,
    );
  });
});

describe('countMatchingWords', () => {
  it('counts the different words that match, by the same word rule', () => {
    expect(
      countMatchingWords('The director directed the budget, budget!', ['direct', 'budget', 'zeppelin']),
    ).toBe(3);
  });
});

describe('TermMatcher.mightMatchIn', () => {
  it('rules out ASCII text that holds none of the terms', () => {
    const matcher = new TermMatcher(['budget', 'ql']);
    expect(matcher.mightMatchIn('We talked about the roadmap.')).toBe(false);
    expect(matcher.mightMatchIn('The BUDGETS were late')).toBe(true);
    expect(matcher.mightMatchIn('SQL reports')).toBe(true);
  });

  it('always looks at text with accents or other scripts, where normalizing changes words', () => {
    const matcher = new TermMatcher(['cafe']);
    expect(matcher.mightMatchIn('Le Café')).toBe(true);
    expect(countMatchingWords('Le Café du coin', matcher)).toBe(1);
    expect(highlightSegments('Le Café', matcher)).toEqual([
      { text: 'Le ', match: false },
      { text: 'Café', match: true },
    ]);
  });

  it('never matches with no terms', () => {
    expect(new TermMatcher([]).mightMatchIn('anything')).toBe(false);
  });
});
