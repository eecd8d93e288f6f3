import { Suspense } from 'react';
import { useOutlet } from 'react-router';

export interface PageOutletProps {
  /** Passed on to the pages as `useOutletContext()`. */
  context?: unknown;
}

/**
 * The page a route shows, in a Suspense boundary of its own, with "Loading…" while its code
 * arrives. A workspace's pages (a coach's client, the sample journal) have their own boundary
 * too, so a page loading there leaves the workspace, and the client journal it has open, mounted.
 *
 * Not keyed by route: a new boundary per page would make React show "Loading…" on every first
 * visit and then hold the page back for its fallback throttle (about 300 ms; Progress took 410 ms
 * to open at 50,000 instead of 160-190). Preact needs that key (docs/benchmarks.md, G1,
 * nineteenth session): its Suspense keeps waiting for a page left while loading.
 */
export function PageOutlet({ context }: PageOutletProps) {
  const outlet = useOutlet(context);
  return <Suspense fallback={<p className="muted">Loading…</p>}>{outlet}</Suspense>;
}
