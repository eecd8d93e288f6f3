/**
 * How the journal list reads its rows. The first page covers a window with room to spare and
 * paints fast; later pages are larger so scrolling the whole journal takes fewer reads.
 */
export const JOURNAL_PAGE_SIZES = { first: 50, next: 200 } as const;

/** Whether a hash route opens the journal list, so start-up can read its first page early. */
export function opensJournalList(hash: string): boolean {
  const route = hash.replace(/^#/, '').split(/[?#]/)[0] ?? '';
  return route === '' || route === '/' || route === '/journal';
}
