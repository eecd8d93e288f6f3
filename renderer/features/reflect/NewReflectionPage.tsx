import { useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { createDraftReflection, type Reflection } from '../../../shared/domain/reflectionSchema';
import { StartReflectionOnPlan } from '../prepare/StartReflectionOnPlan';
import { ReflectionEditor } from './ReflectionEditor';
import { currentTimeZone, useInitialReflection } from './useInitialReflection';

function newDraft(isQuick: boolean): Reflection {
  const draft = createDraftReflection({ now: new Date(), timeZone: currentTimeZone() });
  return isQuick ? { ...draft, mode: 'quick' } : draft;
}

function StoredDraft({ id }: { id: string }) {
  const loaded = useInitialReflection(id, { startIfMissing: true });
  const [params] = useSearchParams();
  switch (loaded.status) {
    case 'loading':
      return <p className="muted">Opening your draft…</p>;
    case 'ready':
      // Back from the entry page after saving: a finished reflection is edited, not started again.
      if (loaded.reflection.status === 'complete') {
        const step = params.get('step');
        return <Navigate replace to={`/reflections/${id}/edit${step === null ? '' : `?step=${step}`}`} />;
      }
      return <ReflectionEditor initial={loaded.reflection} isInJournal={loaded.isInJournal} isNew />;
    case 'missing':
    case 'failed':
      return (
        <p>
          That draft could not be opened. <Link to="/new">Start a new reflection</Link> or find it in the{' '}
          <Link to="/journal">Journal</Link>.
        </p>
      );
  }
}

/**
 * /new: a fresh reflection lives only in memory until something is typed; then its id
 * joins the address (`?draft=…`) and reloading reopens it. `?mode=quick` starts with the quick note.
 */
export function NewReflectionPage() {
  usePageTitle('New reflection');
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const isQuick = params.get('mode') === 'quick';
  // From "Reflect now" or an after-conversation reminder: a reflection that looks back on a plan.
  const preparationId = params.get('preparation');
  const [fresh, setFresh] = useState(() => newDraft(isQuick));
  const [previousDraftId, setPreviousDraftId] = useState(draftId);
  if (previousDraftId !== draftId) {
    setPreviousDraftId(draftId);
    // "New reflection" pressed while a draft was open: start another one rather than reopen it.
    if (draftId === null) setFresh(newDraft(isQuick));
  }

  return (
    <section className="page reflect-page">
      <PageHeading>New reflection</PageHeading>
      {draftId === null && preparationId !== null ? (
        <StartReflectionOnPlan key={preparationId} preparationId={preparationId} />
      ) : draftId === null || draftId === fresh.id ? (
        <ReflectionEditor key={fresh.id} initial={fresh} isInJournal={false} isNew />
      ) : (
        <StoredDraft key={draftId} id={draftId} />
      )}
    </section>
  );
}
