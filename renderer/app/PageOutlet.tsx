import { Suspense } from 'react';
import { useMatches, useOutlet } from 'react-router';

export interface PageOutletProps {
  /**
   * How deep the routes this outlet shows sit: 1 for the app's pages, 2 for the pages inside a
   * workspace (a coach's client, the sample journal).
   */
  depth: number;
  /** Passed on to the pages as `useOutletContext()`. */
  context?: unknown;
}

/**
 * The page a route shows, with "Loading…" while its code arrives. Each page gets a boundary of
 * its own, keyed by the route: leaving a page whose code is still loading (Back pressed at once)
 * must show the next page. Preact's Suspense stays suspended until the code it waits for arrives
 * and then shows nothing if its children changed meanwhile; a new boundary has no such past.
 * A workspace's pages have their own boundary too, so a page loading there leaves the workspace
 * (and the client journal it has open) mounted.
 */
export function PageOutlet({ depth, context }: PageOutletProps) {
  const outlet = useOutlet(context);
  const route = useMatches()[depth]?.id ?? 'none';
  return (
    <Suspense key={route} fallback={<p className="muted">Loading…</p>}>
      {outlet}
    </Suspense>
  );
}
