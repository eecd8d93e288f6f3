import { useEffect } from 'react';
import { PRODUCT_NAME } from '../../shared/app/identity';

/** How long a page title may be before it is cut: a window's title bar and a tab show little more. */
const TITLE_MAX_CHARACTERS = 60;

/** "Journal · Influence Journal"; the page name is one line, cut with an ellipsis when long. */
export function pageTitle(page: string | null): string {
  const name = (page ?? '').replace(/\s+/g, ' ').trim();
  if (name === '') return PRODUCT_NAME;
  const characters = Array.from(name);
  const shown =
    characters.length > TITLE_MAX_CHARACTERS
      ? `${characters
          .slice(0, TITLE_MAX_CHARACTERS - 1)
          .join('')
          .trimEnd()}…`
      : name;
  return `${shown} · ${PRODUCT_NAME}`;
}

/**
 * Names the page in the tab and the window title (the desktop window follows document.title).
 * Every page calls it once; null while what names the page is still loading.
 */
export function usePageTitle(page: string | null): void {
  const title = pageTitle(page);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
