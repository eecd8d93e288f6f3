import { describe, expect, it } from 'vitest';
import { mainNavigation, navigationCurrent } from '../../../../renderer/app/navigation';

const item = (label: string) => {
  const found = mainNavigation.find((entry) => entry.label === label);
  if (!found) throw new Error(`No navigation item ${label}`);
  return found;
};

describe('navigationCurrent', () => {
  it('marks a link as the page on its own page and the pages below it', () => {
    expect(navigationCurrent('/journal', item('Journal'))).toBe('page');
    expect(navigationCurrent('/people/019c-some-id', item('People'))).toBe('page');
  });

  it('keeps Journal marked as the location on an entry, its editor and the Trash', () => {
    expect(navigationCurrent('/reflections/019c-some-id', item('Journal'))).toBe('location');
    expect(navigationCurrent('/reflections/019c-some-id/edit', item('Journal'))).toBe('location');
    expect(navigationCurrent('/trash', item('Journal'))).toBe('location');
  });

  it('marks nothing for a page that only shares the start of a name', () => {
    expect(navigationCurrent('/journals', item('Journal'))).toBeUndefined();
    expect(navigationCurrent('/trashcan', item('Journal'))).toBeUndefined();
    expect(navigationCurrent('/reflections/1', item('People'))).toBeUndefined();
  });

  it('leaves every link unmarked on pages that belong to none of them', () => {
    for (const pathname of ['/new', '/search']) {
      expect(mainNavigation.map((entry) => navigationCurrent(pathname, entry))).toEqual(
        mainNavigation.map(() => undefined),
      );
    }
  });
});
