import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../../../renderer/app/usePageTitle';

describe('pageTitle', () => {
  it('names the page before the app', () => {
    expect(pageTitle('New reflection')).toBe('New reflection · Influence Journal');
  });

  it('is the app alone while what names the page is loading', () => {
    expect(pageTitle(null)).toBe('Influence Journal');
    expect(pageTitle('  ')).toBe('Influence Journal');
  });

  it('keeps a long title to one line, cut with an ellipsis', () => {
    const title = pageTitle(`Asked Lee\nfor ${'the budget '.repeat(20)}`);
    expect(title.startsWith('Asked Lee for the budget')).toBe(true);
    expect(title).toMatch(/… · Influence Journal$/);
    expect(Array.from(title.replace(' · Influence Journal', ''))).toHaveLength(60);
  });
});
