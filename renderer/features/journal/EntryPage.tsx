import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { DAY_MS } from '../../../shared/domain/localDateTime';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { reflectionTitle } from '../../../shared/domain/reflectionListRow';
import { useStorageStatus } from '../../app/storageStatus';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { useJournal } from '../../db/JournalContext';
import { TRASH_RETENTION_DAYS } from '../../db/repositories/reflectionRepository';
import { CoachFeedbackSection } from '../coachFeedback/CoachFeedbackSection';
import { savedNoticeOf } from '../reflect/savedNotice';
import { PlanAndOutcome } from '../prepare/PlanAndOutcome';
import { EntryDetails } from './EntryDetails';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { viewerTimeZone } from './formatJournalDate';
import type { TrashedNotice } from './trashedNotice';
import { usePeopleById } from './usePeopleNames';
import { useLiveResult } from './useLiveResult';
import './journal.css';

function EntryActions({ reflection }: { reflection: Reflection }) {
  const { reflections } = useJournal();
  const { report } = useStorageStatus();
  const navigate = useNavigate();
  const format = useDateTimeFormat();
  const [isBusy, setIsBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setIsBusy(true);
    try {
      await action();
    } catch (error) {
      report(error);
    } finally {
      setIsBusy(false);
    }
  };

  if (reflection.deletedAt !== null) {
    const removedOn = format.instantDay(
      Date.parse(reflection.deletedAt) + TRASH_RETENTION_DAYS * DAY_MS,
      viewerTimeZone(),
    );
    return (
      <div className="status-message entry-trashed">
        <p>This reflection is in the Trash. It will be removed for good on {removedOn}.</p>
        <button
          type="button"
          className="button"
          disabled={isBusy}
          onClick={() => void run(() => reflections.restore(reflection.id))}
        >
          Restore
        </button>
      </div>
    );
  }

  const moveToTrash = () =>
    run(async () => {
      await reflections.moveToTrash(reflection.id);
      await navigate('/journal', { state: { trashedReflectionId: reflection.id } satisfies TrashedNotice });
    });

  return (
    <div className="entry-actions">
      <Link to={`/reflections/${reflection.id}/edit`} className="button">
        {reflection.status === 'draft' ? 'Continue draft' : 'Edit'}
      </Link>
      <button
        type="button"
        className="button"
        aria-pressed={reflection.starred}
        disabled={isBusy}
        onClick={() => void run(() => reflections.setStarred(reflection.id, !reflection.starred))}
      >
        <span aria-hidden="true">{reflection.starred ? '★ ' : '☆ '}</span>
        Star
      </button>
      <button
        type="button"
        className="button button-danger"
        disabled={isBusy}
        onClick={() => void moveToTrash()}
      >
        Delete
      </button>
    </div>
  );
}

function LoadedEntry({ reflection }: { reflection: Reflection }) {
  const peopleById = usePeopleById([reflection]);
  const { readOnly, renderEntryExtra } = useWorkspaceMode();
  return (
    <>
      {readOnly ? null : <EntryActions reflection={reflection} />}
      <PlanAndOutcome reflection={reflection}>
        <EntryDetails reflection={reflection} peopleById={peopleById} />
      </PlanAndOutcome>
      {readOnly ? null : <CoachFeedbackSection reflectionId={reflection.id} />}
      {renderEntryExtra?.(reflection.id)}
    </>
  );
}

export function EntryPage() {
  const { id = '' } = useParams();
  const { reflections } = useJournal();
  const { linkBase } = useWorkspaceMode();
  const saved = savedNoticeOf(useLocation().state);
  // null means "looked, and it is not there", as opposed to still loading.
  const result = useLiveResult(async () => (await reflections.get(id)) ?? null, [reflections, id]);

  const isMissing = result.status === 'ready' && result.value === null;
  usePageTitle(
    result.status === 'ready'
      ? result.value
        ? reflectionTitle(result.value)
        : 'Reflection not found'
      : null,
  );
  return (
    <section className="page entry-page">
      <PageHeading>{isMissing ? 'Reflection not found' : 'Reflection'}</PageHeading>
      {saved && !isMissing ? (
        <p role="status" className="status-message">
          {saved.savedReflectionMessage}
        </p>
      ) : null}
      {result.status === 'loading' ? <p className="muted">Loading…</p> : null}
      {result.status === 'error' ? <p role="alert">{result.message}</p> : null}
      {isMissing ? (
        <>
          <p>There is no reflection at this address. It may have been deleted for good.</p>
          <p>
            <Link to={`${linkBase}/journal`}>Back to the journal</Link>
          </p>
        </>
      ) : null}
      {result.status === 'ready' && result.value !== null ? <LoadedEntry reflection={result.value} /> : null}
    </section>
  );
}
