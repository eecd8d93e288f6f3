import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import type { Person } from '../../../shared/domain/personSchema';
import { outcomeLabels, relationshipLabels } from '../../../shared/domain/reflectionLabels';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { useLiveResult } from '../journal/useLiveResult';
import { lastOutcomeOf, reflectionCountText } from './personActivity';
import { personNoticeOf } from './personNotice';
import { trustReadingsOf, trustTrendOf } from './trustTrend';
import { TrustTrendText } from './TrustTrendText';
import './people.css';

/** The People page reads only this many of each person's newest reflections in full. */
const RECENT_PER_PERSON = 10;

function PersonSummary({ person }: { person: Person }) {
  const { people } = useJournal();
  // Complete reflections only: a draft is not yet something that happened between you.
  const overview = useLiveResult(() => people.overview(person.id, RECENT_PER_PERSON), [people, person.id]);
  const details = [person.role, person.team, person.relationship && relationshipLabels[person.relationship]]
    .filter(Boolean)
    .join(' · ');
  const lastOutcome = overview.status === 'ready' ? lastOutcomeOf(overview.value.recent) : null;
  return (
    <li className="card person-summary">
      <p className="person-summary-name">
        <Link to={`/people/${person.id}`} dir="auto">
          {person.name}
        </Link>
        {details === '' ? null : (
          <span className="muted" dir="auto">
            {' '}
            {details}
          </span>
        )}
      </p>
      {overview.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {overview.status === 'error' ? <p role="alert">{overview.message}</p> : null}
      {overview.status === 'ready' ? (
        <p className="person-summary-facts">
          <span>{reflectionCountText(overview.value.count)}</span>
          {overview.value.count === 0 ? null : (
            <>
              <span>Last outcome: {lastOutcome === null ? 'not set' : outcomeLabels[lastOutcome]}</span>
              <TrustTrendText trend={trustTrendOf(trustReadingsOf(overview.value.recent))} />
            </>
          )}
        </p>
      ) : null}
    </li>
  );
}

function AddPersonForm() {
  const { people } = useJournal();
  const { report } = useStorageStatus();
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [added, setAdded] = useState('');
  const [existing, setExisting] = useState<Person | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter a name');
      return;
    }
    try {
      const same = await people.findByName(name);
      if (same !== undefined && same.id !== existing?.id) {
        // Said once: adding again with the same name means a second person is what is wanted.
        setExisting(same);
        return;
      }
      setExisting(null);
      const person = await people.add(name);
      setName('');
      setError('');
      setAdded(`Added ${person.name}.`);
    } catch (caught) {
      report(caught);
    }
  };
  return (
    <form className="people-add" onSubmit={(event) => void submit(event)} noValidate>
      <div className="field">
        <label htmlFor="new-person-name">Add a person</label>
        <div className="people-add-row">
          <input
            id="new-person-name"
            type="text"
            value={name}
            autoComplete="off"
            aria-invalid={error === '' ? undefined : true}
            aria-describedby={error === '' ? undefined : 'new-person-error'}
            dir="auto"
            onChange={(event) => {
              setName(event.target.value);
              setExisting(null);
            }}
          />
          <button type="submit" className="button">
            Add person
          </button>
        </div>
        {error === '' ? null : (
          <p id="new-person-error" className="field-error">
            {error}
          </p>
        )}
      </div>
      {existing === null ? null : (
        <p role="status" className="people-existing" dir="auto">
          <Link to={`/people/${existing.id}`}>{existing.name}</Link> is already in your journal. Choose Add
          person again to add a second person with this name.
        </p>
      )}
      <p role="status" className="visually-hidden">
        {added}
      </p>
    </form>
  );
}

export function PeoplePage() {
  usePageTitle('People');
  const { people } = useJournal();
  const location = useLocation();
  // Read on every render: a merge lands on another person's page without remounting this one.
  const notice = personNoticeOf(location.state);
  const result = useLiveResult(() => people.all(), [people]);
  return (
    <section className="page people-page">
      <PageHeading>People</PageHeading>
      <p className="page-intro">
        Everyone you have reflected about, with how things have gone between you. The trust trend follows the
        trust rating in each person's {RECENT_PER_PERSON} most recent reflections.
      </p>
      <p role="status" className={notice === '' ? 'visually-hidden' : 'card person-notice'}>
        {notice}
      </p>
      <AddPersonForm />
      {result.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {result.status === 'error' ? <p role="alert">{result.message}</p> : null}
      {result.status === 'ready' && result.value.length === 0 ? (
        <div className="card">
          <p>No people yet. The people you reflect about appear here.</p>
          <Link to="/new" className="button button-primary people-start">
            Start a reflection
          </Link>
        </div>
      ) : null}
      {result.status === 'ready' && result.value.length > 0 ? (
        <ul className="people-list" aria-label="People">
          {result.value.map((person) => (
            <PersonSummary key={person.id} person={person} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
