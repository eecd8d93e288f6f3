import type { AppRoute } from '../../shared/ipc/contract';

export interface NavigationItem {
  label: string;
  route: AppRoute;
  /** Pages reached from this one that have no link of their own: the item stays marked there. */
  covers?: readonly string[];
}

/** The main navigation, in order. Names are part of the UI contract: tests find links by them. */
export const mainNavigation: readonly NavigationItem[] = [
  { label: 'Journal', route: '/journal', covers: ['/reflections', '/trash'] },
  { label: 'Progress', route: '/progress' },
  { label: 'People', route: '/people' },
  { label: 'Reminders', route: '/reminders' },
  { label: 'Data', route: '/data' },
  { label: 'Coach review', route: '/coach' },
  { label: 'Settings', route: '/settings' },
];

const isWithin = (pathname: string, base: string) => pathname === base || pathname.startsWith(`${base}/`);

/**
 * How a navigation link relates to the page shown: `page` on its own page and those below it,
 * `location` on a page it covers (an entry, the Trash), so a person still sees where they are.
 */
export function navigationCurrent(pathname: string, item: NavigationItem): 'page' | 'location' | undefined {
  if (isWithin(pathname, item.route)) return 'page';
  if (item.covers?.some((base) => isWithin(pathname, base))) return 'location';
  return undefined;
}
