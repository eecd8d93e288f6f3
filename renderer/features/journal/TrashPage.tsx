import { useLayoutEffect, useRef, useState } from 'react';
import { TrashItemActions } from './TrashItemActions';
import { Link } from 'react-router';
import { DAY_MS } from '../../../shared/domain/localDateTime';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import type { ListRowRecord } from '../../db/records';
import { TRASH_RETENTION_DAYS } from '../../db/repositories/reflectionRepository';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { PreparationsInTrash } from '../prepare/PreparationsInTrash';
import { viewerTimeZone } from './formatJournalDate';
import { rowDate } from './JournalRow';
import { namesOf, usePeopleById, type PeopleById } from './usePeopleNames';
import { useLiveResult } from './useLiveResult';
import './journal.css';

const noRows: readonly ListRowRecord[] = [];

function TrashItem({
  row,
  peopleById,
  onDone,
}: {
  row: ListRowRecord;
  peopleById: PeopleById;
  onDone: (message: string) => void;
}) {
  const { reflections } = useJournal();
  const { report } = useStorageStatus();
  const [isBusy, setIsBusy] = useState(false);
  const zone = viewerTimeZone();
  const format = useDateTimeFormat();
  const deletedMs = Date.parse(row.deletedAt ?? '');

  const run = async (action: () => Promise<void>, message: string) => {
    setIsBusy(true);
    try {
      await action();
      onDone(message);
    } catch (error) {
      setIsBusy(false);
      report(error);
    }
  };

  return (
    <li className="card trash-item">
      <p>
        <Link to={`/reflections/${row.id}`} dir="auto">
          {row.askedPreview === '' ? 'Untitled reflection' : row.askedPreview}
        </Link>
      </p>
      <p className="muted">
        {rowDate(row, format.style)} ·{' '}
        {row.personIds.length === 0 ? 'No one yet' : namesOf(row.personIds, peopleById)}
      </p>
      <p>
        Deleted {format.instantDay(deletedMs, zone)}. Removed for good on{' '}
        {format.instantDay(deletedMs + TRASH_RETENTION_DAYS * DAY_MS, zone)}.
      </p>
      <TrashItemActions
        confirmLabel="Delete forever?"
        warning="This cannot be undone."
        isBusy={isBusy}
        onRestore={() => void run(() => reflections.restore(row.id), 'Restored to the journal.')}
        onDeleteForever={() => void run(() => reflections.deleteForever(row.id), 'Deleted for good.')}
      />
    </li>
  );
}

export function TrashPage() {
  usePageTitle('Trash');
  const { reflections, preparations } = useJournal();
  const result = useLiveResult(() => reflections.trash(), [reflections]);
  const plans = useLiveResult(() => preparations.trash(), [preparations]);
  const trashedPlans = plans.status === 'ready' ? plans.value : [];
  const rows = result.status === 'ready' ? result.value : noRows;
  const peopleById = usePeopleById(rows);
  const [message, setMessage] = useState('');
  const messageRef = useRef<HTMLParagraphElement>(null);
  // The item that was acted on is gone; focus lands on what happened instead of the page's top.
  useLayoutEffect(() => {
    if (message !== '') messageRef.current?.focus();
  }, [message]);

  return (
    <section className="page trash-page">
      <PageHeading>Trash</PageHeading>
      <p className="page-intro">
        Deleted reflections stay here for {TRASH_RETENTION_DAYS} days, then they are removed for good. Deleted
        plans stay until you restore them or delete them forever.{' '}
        <Link to="/journal">Back to the journal</Link>
      </p>
      <div role="status">
        {message === '' ? null : (
          <p ref={messageRef} tabIndex={-1} className="status-message">
            {message}
          </p>
        )}
      </div>
      {result.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {result.status === 'error' ? <p role="alert">{result.message}</p> : null}
      {plans.status === 'error' ? <p role="alert">{plans.message}</p> : null}
      {result.status === 'ready' &&
      rows.length === 0 &&
      plans.status === 'ready' &&
      trashedPlans.length === 0 ? (
        <p className="card">The Trash is empty.</p>
      ) : null}
      {rows.length > 0 ? (
        <ul className="trash-list" aria-label="Deleted reflections">
          {rows.map((row) => (
            <TrashItem key={row.id} row={row} peopleById={peopleById} onDone={setMessage} />
          ))}
        </ul>
      ) : null}
      <PreparationsInTrash plans={trashedPlans} onDone={setMessage} />
    </section>
  );
}
