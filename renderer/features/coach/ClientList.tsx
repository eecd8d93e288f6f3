import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useStorageStatus } from '../../app/storageStatus';
import type { CoachClientRecord } from '../../db/coach/coachDatabase';
import { errorText } from '../../../shared/app/errorText';
import { describeInstantDay, describePeriod, describeReflectionCount } from './clientFacts';
import { useCoach } from './coachServices';
import { ConfirmAction } from './ConfirmAction';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';

function ClientItem({ client }: { client: CoachClientRecord }) {
  const { clients } = useCoach();
  // The period and days below are written in the date format chosen in Settings: follow it as it changes.
  useDateTimeFormat();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  async function remove() {
    setIsRemoving(true);
    setFailure(null);
    try {
      await clients.remove(client.id);
    } catch (error) {
      setIsRemoving(false);
      setIsConfirming(false);
      setFailure(`${client.name} could not be removed: ${errorText(error)}`);
    }
  }

  return (
    <li className="card coach-client">
      <h3 className="coach-client-name">
        <Link to={`/coach/${client.id}/journal`}>{client.name}</Link>
        {client.newerExportOpenedAt === null ? null : (
          <span className="tag coach-badge">Newer export opened</span>
        )}
      </h3>
      <dl className="facts coach-client-facts">
        <dt>Period</dt>
        <dd>{describePeriod(client)}</dd>
        <dt>Reflections</dt>
        <dd>{describeReflectionCount(client.reflectionCount)}</dd>
        <dt>Last update</dt>
        <dd>
          {describeInstantDay(client.updatedAt)} (exported on {describeInstantDay(client.exportedAt)})
        </dd>
      </dl>
      {isConfirming ? (
        <ConfirmAction
          title={`Remove ${client.name}?`}
          text="Their journal and every comment, flag and session note you wrote about it are deleted from this computer. Your own journal is not touched."
          confirmLabel="Remove"
          isBusy={isRemoving}
          onConfirm={() => void remove()}
          onCancel={() => setIsConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="button"
          aria-label={`Remove client ${client.name}`}
          onClick={() => setIsConfirming(true)}
        >
          Remove client
        </button>
      )}
      {failure === null ? null : (
        <p role="alert" className="field-error">
          {failure}
        </p>
      )}
    </li>
  );
}

/** Marked when the list has first rendered, for `npm run bench` (docs/benchmarks.md). */
export const COACH_LISTED_MARK = 'coach:listed';
/** Marked when the client records have been read, for `npm run bench`. */
export const COACH_CLIENTS_READ_MARK = 'coach:clients-read';

/** The coach's clients, from the coach's own database alone: no workspace is opened to list them. */
export function ClientList() {
  const { clients } = useCoach();
  const { report } = useStorageStatus();
  const list = useLiveQuery(
    () =>
      clients.list().then(
        (read) => {
          performance.mark(COACH_CLIENTS_READ_MARK);
          return read;
        },
        (error: unknown) => {
          report(error);
          return null;
        },
      ),
    [clients, report],
  );
  const hasRendered = list !== undefined;
  useEffect(() => {
    if (hasRendered) performance.mark(COACH_LISTED_MARK);
  }, [hasRendered]);
  if (list === undefined) return <p className="muted">Loading…</p>;
  if (list === null) return <p role="alert">Your clients could not be read.</p>;
  if (list.length === 0) {
    return <p className="muted">No clients yet. Open a journal a client exported for you to start.</p>;
  }
  return (
    <ul className="coach-clients" aria-label="Clients">
      {list.map((client) => (
        <ClientItem key={client.id} client={client} />
      ))}
    </ul>
  );
}
