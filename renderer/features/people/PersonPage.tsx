import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { Person } from '../../../shared/domain/personSchema';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { useJournal } from '../../db/JournalContext';
import type { ListRowRecord } from '../../db/records';
import { JournalRow } from '../journal/JournalRow';
import { usePeopleById } from '../journal/usePeopleNames';
import { useLiveResult, type LiveResult } from '../journal/useLiveResult';
import { reflectionCountText } from './personActivity';
import { PersonDetailsForm } from './PersonDetailsForm';
import { PersonMergeDelete } from './PersonMergeDelete';
import { personNoticeOf } from './personNotice';
import { PersonProgress } from './PersonProgress';
import { PersonPlans } from '../prepare/PersonPlans';
import { trustReadingsOf, trustTrendOf, type TrustTrend } from './trustTrend';
import { TrustTrendText } from './TrustTrendText';
import '../journal/journal.css';
import './people.css';

/** The trend reads at most this many of the person's newest reflections in full. */
const TRUST_READING_LIMIT = 100;
const ROWS_PER_STEP = 50;
const noRows: readonly ListRowRecord[] = [];

interface PersonActivity {
  rows: readonly ListRowRecord[];
  /** What the count says: complete reflections, not drafts. */
  completeCount: number;
  trend: TrustTrend | null;
}

function PersonReflections({ person, activity }: { person: Person; activity: LiveResult<PersonActivity> }) {
  const [shown, setShown] = useState(ROWS_PER_STEP);
  const rows = activity.status === 'ready' ? activity.value.rows : noRows;
  const visibleRows = useMemo(() => rows.slice(0, shown), [rows, shown]);
  const peopleById = usePeopleById(visibleRows);

  return (
    <section className="person-reflections">
      <h2>Reflections</h2>
      {activity.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {activity.status === 'error' ? <p role="alert">{activity.message}</p> : null}
      {activity.status === 'ready' && rows.length === 0 ? (
        <p>
          No reflections about {person.name} yet. <Link to="/new">Start a reflection</Link>
        </p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="person-reflection-list" aria-label={`Reflections about ${person.name}`}>
          {visibleRows.map((row) => (
            <li key={row.id}>
              <JournalRow row={row} peopleById={peopleById} />
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length > shown ? (
        <button type="button" className="button" onClick={() => setShown((count) => count + ROWS_PER_STEP)}>
          Show {Math.min(ROWS_PER_STEP, rows.length - shown)} more
        </button>
      ) : null}
    </section>
  );
}

export function PersonPage() {
  const { id = '' } = useParams();
  const { people } = useJournal();
  const result = useLiveResult(async () => (await people.get(id)) ?? null, [people, id]);
  const person = result.status === 'ready' ? result.value : null;
  const isMissing = result.status === 'ready' && person === null;
  usePageTitle(person?.name ?? (isMissing ? 'Person not found' : null));
  const { reflections } = useJournal();
  const location = useLocation();
  // Read on every render: a merge lands on another person's page without remounting this one.
  const notice = personNoticeOf(location.state);
  // Every row for this person (an index read) but only the newest reflections in full.
  const activity = useLiveResult(async (): Promise<PersonActivity> => {
    const rows = await reflections.rowsForPerson(id);
    const complete = rows.filter((row) => row.status === 'complete');
    const recent = await reflections.getMany(complete.slice(0, TRUST_READING_LIMIT).map((row) => row.id));
    return { rows, completeCount: complete.length, trend: trustTrendOf(trustReadingsOf(recent)) };
  }, [reflections, id]);

  return (
    <section className="page person-page">
      <PageHeading>{person?.name ?? (isMissing ? 'Person not found' : 'Person')}</PageHeading>
      <p>
        <Link to="/people">All people</Link>
      </p>
      <p role="status" className={notice === '' ? 'visually-hidden' : 'card person-notice'}>
        {notice}
      </p>
      {result.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {result.status === 'error' ? <p role="alert">{result.message}</p> : null}
      {isMissing ? <p>There is no one at this address in your journal.</p> : null}
      {person ? (
        <>
          {activity.status === 'ready' ? (
            <p className="person-summary-facts">
              <span>{reflectionCountText(activity.value.completeCount)}</span>
              {activity.value.completeCount === 0 ? null : <TrustTrendText trend={activity.value.trend} />}
            </p>
          ) : null}
          <p>
            <Link className="button" to={`/prepare/new?person=${person.id}`}>
              Prepare a conversation
            </Link>
          </p>
          <PersonPlans person={person} />
          <PersonDetailsForm key={person.id} person={person} />
          <PersonProgress person={person} />
          <PersonReflections person={person} activity={activity} />
          <PersonMergeDelete person={person} />
        </>
      ) : null}
    </section>
  );
}
