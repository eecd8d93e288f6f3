import type { AppRoute } from '../../shared/ipc/contract';
import type { NavigationIconName } from './NavigationIcon';

export interface NavigationItem {
  label: string;
  route: AppRoute;
  icon: NavigationIconName;
  /** Pages reached from this one that have no link of their own: the item stays marked there. */
  covers?: readonly string[];
}

/** The main navigation, in order. Names are part of the UI contract: tests find links by them. */
export const mainNavigation: readonly NavigationItem[] = [
  { label: 'Journal', icon: 'journal', route: '/journal', covers: ['/reflections', '/trash'] },
  { label: 'Progress', icon: 'progress', route: '/progress' },
  { label: 'People', icon: 'people', route: '/people' },
  { label: 'Reminders', icon: 'reminders', route: '/reminders' },
  { label: 'Data', icon: 'data', route: '/data' },
  { label: 'Coach review', icon: 'coach', route: '/coach' },
  { label: 'Settings', icon: 'settings', route: '/settings' },
  { label: 'Help', icon: 'help', route: '/help' },
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
