import { lazy, Suspense, useId } from 'react';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { ClientList } from './ClientList';
import './coach.css';

// Reading and checking a file is code the list does not need: it loads beside the list, not before it.
const OpenClientJournal = lazy(() =>
  import('./OpenClientJournal').then((module) => ({ default: module.OpenClientJournal })),
);

/** Marked when the page's code has loaded, for `npm run bench`: the list's time before it reads anything. */
export const COACH_CODE_MARK = 'coach:code-loaded';
performance.mark(COACH_CODE_MARK);

/** #/coach: the clients' journals a coach opened, each kept apart from the coach's own. */
export function CoachReviewPage() {
  usePageTitle('Coach review');
  const clientsId = useId();
  return (
    <section className="page coach-page">
      <PageHeading>Coach review</PageHeading>
      <p className="field-hint">
        Open a journal a client exported for you (a JSON file, encrypted or not). It is kept apart from your
        own journal, read-only, and never goes into your own exports or backups. Your comments stay here until
        you export them as feedback.
      </p>
      <Suspense fallback={<div className="coach-open" />}>
        <OpenClientJournal />
      </Suspense>
      <section aria-labelledby={clientsId}>
        <h2 id={clientsId}>Clients</h2>
        <ClientList />
      </section>
    </section>
  );
}
