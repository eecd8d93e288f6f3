import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { preparationStatusLabels } from '../../../shared/domain/preparationLabels';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { PageHeading } from '../../app/PageHeading';
import { useStorageStatus } from '../../app/storageStatus';
import { usePageTitle } from '../../app/usePageTitle';
import { useJournal } from '../../db/JournalContext';
import { usePlatform } from '../../platform/PlatformContext';
import { useLiveResult } from '../journal/useLiveResult';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { syncAfterConversationReminder } from './afterConversationReminderSync';
import { PlanDetails } from './PlanDetails';
import { preparationNoticeOf } from './preparationNotice';
import './prepare.css';
import { errorText } from '../../../shared/app/errorText';

function PreparationActions({ preparation }: { preparation: Preparation }) {
  const { preparations } = useJournal();
  const platform = usePlatform();
  const { report } = useStorageStatus();
  const navigate = useNavigate();
  const [isBusy, setIsBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function moveToTrash() {
    setIsBusy(true);
    setProblem(null);
    try {
      const trashed = await preparations.moveToTrash(preparation.id);
      try {
        await syncAfterConversationReminder(platform.reminders, trashed, [], new Date());
      } catch (error) {
        setProblem(
          `The preparation is in the Trash, but its reminder could not be removed: ${errorText(error)}`,
        );
        return;
      }
      void navigate('/journal');
    } catch (error) {
      setProblem(report(error).message);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <div className="prepare-actions">
      {preparation.reflectionId === null ? (
        <Link className="button button-primary" to={`/new?preparation=${preparation.id}`}>
          Reflect now
        </Link>
      ) : (
        <Link className="button" to={`/reflections/${preparation.reflectionId}`}>
          Open the reflection
        </Link>
      )}
      <Link className="button" to={`/preparations/${preparation.id}/edit`}>
        Edit
      </Link>
      <button type="button" className="button" disabled={isBusy} onClick={() => void moveToTrash()}>
        Move to Trash
      </button>
      {problem === null ? null : (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}

/** /preparations/:id: the plan as written, with what can be done with it. */
export function PreparationPage() {
  usePageTitle('Preparation');
  const { id = '' } = useParams();
  const { preparations } = useJournal();
  const principles = usePrinciples();
  const location = useLocation();
  const [notice] = useState(() => preparationNoticeOf(location.state));
  const result = useLiveResult(() => preparations.get(id), [preparations, id]);
  const preparation = result.status === 'ready' ? result.value : undefined;
  return (
    <section className="page reflect-page prepare-page">
      <PageHeading>Preparation</PageHeading>
      <p role="status" className={notice === null ? 'visually-hidden' : 'status-message'}>
        {notice?.preparationMessage ?? ''}
      </p>
      {result.status === 'loading' ? <p className="muted">Opening the preparation…</p> : null}
      {result.status === 'error' ? <p role="alert">{result.message}</p> : null}
      {result.status === 'ready' && preparation === undefined ? (
        <p>
          This preparation is not in your journal. Go back to the <Link to="/journal">Journal</Link>.
        </p>
      ) : null}
      {preparation === undefined ? null : (
        <>
          <p className="muted">
            {preparation.deletedAt !== null ? 'In the Trash' : preparationStatusLabels[preparation.status]}
          </p>
          <PlanDetails preparation={preparation} principles={principles.all} headingLevel={2} />
          {preparation.deletedAt === null ? <PreparationActions preparation={preparation} /> : null}
        </>
      )}
    </section>
  );
}
