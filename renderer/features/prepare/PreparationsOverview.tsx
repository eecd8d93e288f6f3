import { Link } from 'react-router';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useJournal } from '../../db/JournalContext';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { useLiveResult } from '../journal/useLiveResult';
import { usePeopleByIds } from '../reflect/usePeopleByIds';
import { useNow } from './useNow';
import './prepare.css';

/** What a plan's row offers beside it: reflecting once its time has come, or finishing a draft. */
export type PlanRowAction = 'reflect' | 'continue' | 'none';

/**
 * One plan. On a person's page (`onPageOf`) every row is with that person, so the row is named by
 * its time and names only the others there, instead of repeating "With <name>" on every line.
 */
export function PlanRow({
  preparation,
  action,
  onPageOf,
}: {
  preparation: Preparation;
  action: PlanRowAction;
  onPageOf?: string;
}) {
  const people = usePeopleByIds(preparation.personIds);
  const format = useDateTimeFormat();
  const nameOf = (id: string) => people?.get(id)?.name ?? '…';
  const names = preparation.personIds.map(nameOf).join(', ');
  const when = preparation.plannedAt === null ? 'No time set' : format.dateTime(preparation.plannedAt);
  const withWhom = names === '' ? '' : ` with ${names}`;
  const others = preparation.personIds.filter((id) => id !== onPageOf).map(nameOf);
  const goal = preparation.goal.trim() === '' ? '' : preparation.goal.trim().slice(0, 120);
  const title = onPageOf !== undefined ? when : names === '' ? 'A conversation' : `With ${names}`;
  const details =
    onPageOf !== undefined
      ? [others.length === 0 ? '' : `Also with ${others.join(', ')}`, goal]
      : [when, goal];
  const detailText = details.filter((part) => part !== '').join(' · ');
  return (
    <li>
      <div className="prepare-overview-what">
        <p>
          <Link to={`/preparations/${preparation.id}`} dir="auto">
            {title}
          </Link>
          {preparation.status === 'draft' ? <span className="muted"> (draft)</span> : null}
        </p>
        {detailText === '' ? null : (
          <p className="muted" dir="auto">
            {detailText}
          </p>
        )}
      </div>
      {action === 'reflect' ? (
        <Link
          className="button button-primary"
          to={`/new?preparation=${preparation.id}`}
          aria-label={`Reflect now on the conversation${withWhom}`}
        >
          Reflect now
        </Link>
      ) : null}
      {action === 'continue' ? (
        <Link
          className="button"
          to={`/preparations/${preparation.id}/edit`}
          aria-label={`Continue the plan for the conversation${withWhom}`}
        >
          Continue
        </Link>
      ) : null}
    </li>
  );
}

/**
 * Above the journal's list: "Prepare a conversation", plans whose time has passed without a
 * reflection ("Waiting for reflection"), plans still to come ("Coming up"), and drafts that fit
 * neither, untimed or past their time ("Unfinished plans"), so no plan that was started is out of reach.
 */
export function PreparationsOverview() {
  const { preparations } = useJournal();
  const now = useNow();
  const result = useLiveResult(
    async () => ({
      waiting: await preparations.waiting(now),
      upcoming: await preparations.upcoming(now),
      unfinished: await preparations.unfinishedDrafts(now),
    }),
    [preparations, now],
  );
  const lists = result.status === 'ready' ? result.value : { waiting: [], upcoming: [], unfinished: [] };
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
              <PlanRow key={preparation.id} preparation={preparation} action="reflect" />
            ))}
          </ul>
        </section>
      )}
      {lists.upcoming.length === 0 ? null : (
        <section aria-labelledby="prepare-upcoming-heading">
          <h2 id="prepare-upcoming-heading">Coming up</h2>
          <ul>
            {lists.upcoming.map((preparation) => (
              <PlanRow key={preparation.id} preparation={preparation} action="none" />
            ))}
          </ul>
        </section>
      )}
      {lists.unfinished.length === 0 ? null : (
        <section aria-labelledby="prepare-unfinished-heading">
          <h2 id="prepare-unfinished-heading">Unfinished plans</h2>
          <ul>
            {lists.unfinished.map((preparation) => (
              <PlanRow key={preparation.id} preparation={preparation} action="continue" />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
