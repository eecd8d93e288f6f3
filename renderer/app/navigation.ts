import type { AppRoute } from '../../shared/ipc/contract';

/** The main navigation, in order. Names are part of the UI contract: tests find links by them. */
export const mainNavigation: ReadonlyArray<{ label: string; route: AppRoute }> = [
  { label: 'Journal', route: '/journal' },
  { label: 'Progress', route: '/progress' },
  { label: 'People', route: '/people' },
  { label: 'Reminders', route: '/reminders' },
  { label: 'Data', route: '/data' },
  { label: 'Coach review', route: '/coach' },
  { label: 'Settings', route: '/settings' },
];
