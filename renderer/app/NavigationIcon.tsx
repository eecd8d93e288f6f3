import type { ReactNode } from 'react';

/** The pages' icons, drawn on a 24-unit grid with one stroke width so they read as one set. */
export type NavigationIconName =
  'journal' | 'progress' | 'people' | 'reminders' | 'data' | 'coach' | 'settings' | 'help';

const paths: Record<NavigationIconName, ReactNode> = {
  // An open notebook with a bookmark.
  journal: (
    <>
      <path d="M5 4.5h11a3 3 0 0 1 3 3v12H8a3 3 0 0 1-3-3z" />
      <path d="M5 16.5a3 3 0 0 1 3-3h11" />
      <path d="M10 4.5v5l1.75-1.25L13.5 9.5v-5" />
    </>
  ),
  // A rising line over a baseline.
  progress: (
    <>
      <path d="M4 19.5h16" />
      <path d="M5 15l4.5-4.5 3.5 3 6-6.5" />
      <path d="M15 7h4v4" />
    </>
  ),
  // Two people, one behind the other.
  people: (
    <>
      <circle cx="9" cy="8.5" r="3" />
      <path d="M3.5 19a5.5 5.5 0 0 1 11 0" />
      <path d="M15 5.8a3 3 0 0 1 0 5.4" />
      <path d="M17 14.2a5.5 5.5 0 0 1 3.5 4.8" />
    </>
  ),
  // A bell.
  reminders: (
    <>
      <path d="M6.5 16.5V11a5.5 5.5 0 0 1 11 0v5.5l1.5 1.5H5z" />
      <path d="M10 20.5a2 2 0 0 0 4 0" />
    </>
  ),
  // A box of stacked records: export, import, backups.
  data: (
    <>
      <ellipse cx="12" cy="6" rx="7" ry="2.5" />
      <path d="M5 6v12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V6" />
      <path d="M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
    </>
  ),
  // A speech bubble with a tick: someone reviews with you.
  coach: (
    <>
      <path d="M4.5 6.5a2 2 0 0 1 2-2h11a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2H11l-4 3.5v-3.5h-.5a2 2 0 0 1-2-2z" />
      <path d="M9 10.5l2 2 4-4" />
    </>
  ),
  // Two sliders.
  settings: (
    <>
      <path d="M4 8h9M17 8h3M4 16h3M11 16h9" />
      <circle cx="15" cy="8" r="2" />
      <circle cx="9" cy="16" r="2" />
    </>
  ),
  // A question mark in a circle.
  help: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M9.75 9.75a2.25 2.25 0 1 1 3.4 1.93c-.7.42-1.15.95-1.15 1.82" />
      <circle cx="12" cy="16.5" r="0.6" />
    </>
  ),
};

/** Decorative: the link's text names the page, so the icon is hidden from assistive technology. */
export function NavigationIcon({ name }: { name: NavigationIconName }) {
  return (
    <svg
      className="nav-icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {paths[name]}
    </svg>
  );
}
