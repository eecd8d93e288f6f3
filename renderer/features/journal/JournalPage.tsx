import { useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { formatCount } from '../../app/formatCount';
import { PageHeading } from '../../app/PageHeading';
import { useStartupSettled } from '../../app/startupPhase';
import { usePageTitle } from '../../app/usePageTitle';
import { useStorageStatus } from '../../app/storageStatus';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { useJournal } from '../../db/JournalContext';
import { PreparationsOverview } from '../prepare/PreparationsOverview';
import { JournalList } from './JournalList';
import { trashedNoticeOf } from './trashedNotice';
import type { RowPageSource } from './useLiveRowPages';
import { useLiveResult } from './useLiveResult';
import './journal.css';

type Filter = 'all' | 'drafts';

const filters: ReadonlyArray<{ id: Filter; label: string }> = [
  { id: 'all', label: 'All reflections' },
  { id: 'drafts', label: 'Drafts' },
];

/** After Delete on an entry: says where it went and offers Undo, then confirms the restore. */
function TrashedMessage({ reflectionId }: { reflectionId: string }) {
  const { reflections } = useJournal();
  const { report } = useStorageStatus();
  const navigate = useNavigate();
  const [state, setState] = useState<'trashed' | 'restoring' | 'restored'>('trashed');
  const messageRef = useRef<HTMLParagraphElement>(null);
  const undo = async () => {
    setState('restoring');
    try {
      await reflections.restore(reflectionId);
      setState('restored');
      // Forget the notice so going back or reloading does not offer Undo again.
      void navigate('.', { replace: true, state: null });
      messageRef.current?.focus();
    } catch (error) {
      setState('trashed');
      report(error);
    }
  };
  return (
    <div className="status-message journal-notice" role="status">
      <p ref={messageRef} tabIndex={-1}>
        {state === 'restored' ? 'Reflection restored.' : 'Reflection moved to the Trash.'}
      </p>
      {state === 'restored' ? null : (
        <button type="button" className="button" onClick={() => void undo()} disabled={state === 'restoring'}>
          Undo
        </button>
      )}
    </div>
  );
}

export function JournalPage() {
  usePageTitle('Journal');
  const { reflections } = useJournal();
  const { report } = useStorageStatus();
  const { readOnly } = useWorkspaceMode();
  const location = useLocation();
  // Read once: Undo clears the history state, and the confirmation must stay on screen.
  const [trashed] = useState(() => trashedNoticeOf(location.state));
  const [filter, setFilter] = useState<Filter>('all');
  // Counting a large journal keeps the database busy: it starts once the first rows are on screen.
  const startupSettled = useStartupSettled();
  const count = useLiveResult(
    () => (startupSettled ? reflections.countActive() : Promise.resolve(null)),
    [reflections, startupSettled],
  );
  const totalCount = count.status === 'ready' ? count.value : null;

  const source = useMemo(
    (): RowPageSource =>
      filter === 'drafts'
        ? {
            readPage: (limit, before) => reflections.newestDraftRows(limit, before),
            readRange: (lower, upper) => reflections.rowsInSortKeyRange(lower, upper, 'draft'),
          }
        : {
            readPage: (limit, before) => reflections.newestRows(limit, before),
            readRange: (lower, upper) => reflections.rowsInSortKeyRange(lower, upper),
            takeReadFirstPage: (limit) => reflections.takeReadNewestRows(limit),
          },
    [filter, reflections],
  );

  const emptyState =
    filter === 'drafts' ? (
      <div className="card journal-empty">
        <p>No drafts. Every reflection you started is finished.</p>
      </div>
    ) : readOnly ? (
      <div className="card journal-empty">
        <p>This journal holds no reflections.</p>
      </div>
    ) : (
      <div className="card journal-empty">
        <h2>Your journal is empty</h2>
        <p>
          After a conversation where you needed someone's help without the authority to insist, take a few
          minutes to reflect on how it went. Each reflection appears here, newest first.
        </p>
        <Link to="/new" className="button button-primary">
          Start a reflection
        </Link>
      </div>
    );

  return (
    <section className="page journal-page">
      <PageHeading>Journal</PageHeading>
      {trashed ? (
        <TrashedMessage key={trashed.trashedReflectionId} reflectionId={trashed.trashedReflectionId} />
      ) : null}
      {readOnly ? null : <PreparationsOverview />}
      <div className="journal-toolbar">
        <div role="group" aria-label="Show" className="journal-filters">
          {filters.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              className="button"
              aria-pressed={filter === id}
              onClick={() => setFilter(id)}
            >
              {label}
            </button>
          ))}
        </div>
        {/* The whole journal's count: beside Drafts it read as the number of drafts. */}
        {filter !== 'all' || totalCount === null ? null : (
          <p className="muted journal-count">
            {totalCount === 1 ? '1 reflection' : `${formatCount(totalCount)} reflections`}
          </p>
        )}
        {readOnly ? null : (
          <Link to="/trash" className="journal-trash-link">
            Trash
          </Link>
        )}
      </div>
      <JournalList
        key={filter}
        source={source}
        totalCount={filter === 'all' ? totalCount : null}
        emptyState={emptyState}
        endNote={filter === 'drafts' ? 'That is your oldest draft.' : undefined}
        onError={report}
      />
    </section>
  );
}
