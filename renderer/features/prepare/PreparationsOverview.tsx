import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useJournal } from '../../db/JournalContext';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { useLiveResult } from '../journal/useLiveResult';
import { usePeopleByIds } from '../reflect/usePeopleByIds';
import './prepare.css';

/** How often "now" moves on, so a plan whose time comes while the page is open moves to "Waiting". */
const TICK_MS = 15_000;

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function PlanRow({ preparation, isWaiting }: { preparation: Preparation; isWaiting: boolean }) {
  const people = usePeopleByIds(preparation.personIds);
  const format = useDateTimeFormat();
  const names = preparation.personIds.map((id) => people?.get(id)?.name ?? '…').join(', ');
  const when = preparation.plannedAt === null ? '' : format.dateTime(preparation.plannedAt);
  return (
    <li>
      <div className="prepare-overview-what">
        <p>
          <Link to={`/preparations/${preparation.id}`}>
            {names === '' ? 'A conversation' : `With ${names}`}
          </Link>
          {preparation.status === 'draft' ? <span className="muted"> (draft)</span> : null}
        </p>
        <p className="muted">
          {when}
          {preparation.goal.trim() === '' ? '' : ` · ${preparation.goal.trim().slice(0, 120)}`}
        </p>
      </div>
      {isWaiting ? (
        <Link
          className="button button-primary"
          to={`/new?preparation=${preparation.id}`}
          aria-label={`Reflect now on the conversation${names === '' ? '' : ` with ${names}`}`}
        >
          Reflect now
        </Link>
      ) : null}
    </li>
  );
}

/**
 * Above the journal's list: "Prepare a conversation", plans whose time has passed without a
 * reflection ("Waiting for reflection"), and plans still to come ("Coming up").
 */
export function PreparationsOverview() {
  const { preparations } = useJournal();
  const now = useNow();
  const result = useLiveResult(
    async () => ({ waiting: await preparations.waiting(now), upcoming: await preparations.upcoming(now) }),
    [preparations, now],
  );
  const lists = result.status === 'ready' ? result.value : { waiting: [], upcoming: [] };
  return (
    <div className="prepare-overview">
      <Link className="button" to="/prepare/new">
        Prepare a conversation
      </Link>
      {result.status === 'error' ? <p role="alert">{result.message}</p> : null}
      {lists.waiting.length === 0 ? null : (
        <section aria-labelledby="prepare-waiting-heading">
          <h2 id="prepare-waiting-heading">Waiting for reflection</h2>
          <ul>
            {lists.waiting.map((preparation) => (
              <PlanRow key={preparation.id} preparation={preparation} isWaiting />
            ))}
          </ul>
        </section>
      )}
      {lists.upcoming.length === 0 ? null : (
        <section aria-labelledby="prepare-upcoming-heading">
          <h2 id="prepare-upcoming-heading">Coming up</h2>
          <ul>
            {lists.upcoming.map((preparation) => (
              <PlanRow key={preparation.id} preparation={preparation} isWaiting={false} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
