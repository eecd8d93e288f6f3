import type { ReactNode } from 'react';

/** A page's level-1 heading; focusable so that navigation can move focus to it (see useFocusOnNavigate). */
export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
