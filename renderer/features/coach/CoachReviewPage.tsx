import { useId } from 'react';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { ClientList } from './ClientList';
import { OpenClientJournal } from './OpenClientJournal';
import '../data/data.css';
import './coach.css';

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
      <OpenClientJournal />
      <section aria-labelledby={clientsId}>
        <h2 id={clientsId}>Clients</h2>
        <ClientList />
      </section>
    </section>
  );
}
