import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { createDraftPreparation } from '../../../shared/domain/preparationSchema';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { currentTimeZone } from '../reflect/useInitialReflection';
import { PreparationEditorView } from './PreparationEditorView';
import { useStoredPreparation } from './useStoredPreparation';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function StoredPreparationEditor({ id, startIfMissing }: { id: string; startIfMissing: boolean }) {
  const loaded = useStoredPreparation(id, startIfMissing);
  switch (loaded.status) {
    case 'loading':
      return <p className="muted">Opening your preparation…</p>;
    case 'ready':
      return <PreparationEditorView initial={loaded.preparation} isInJournal={loaded.isInJournal} />;
    case 'missing':
      return (
        <p>
          This preparation is not in your journal. <Link to="/prepare/new">Prepare a conversation</Link> or go
          back to the <Link to="/journal">Journal</Link>.
        </p>
      );
    case 'failed':
      return <p>The preparation could not be opened. Reload the app to try again.</p>;
  }
}

/**
 * /prepare/new: a fresh plan lives in memory until something is typed; then its id joins the
 * address (`?draft=…`). `?person=…` starts it with that person chosen (from a person's page).
 */
export function NewPreparationPage() {
  usePageTitle('Prepare a conversation');
  const [params] = useSearchParams();
  const draftId = params.get('draft');
  const personId = params.get('person');
  const [fresh] = useState(() =>
    createDraftPreparation({
      now: new Date(),
      timeZone: currentTimeZone(),
      personIds: personId !== null && UUID_PATTERN.test(personId) ? [personId] : [],
    }),
  );
  return (
    <section className="page reflect-page prepare-page">
      <PageHeading>Prepare a conversation</PageHeading>
      {draftId === null || draftId === fresh.id ? (
        <PreparationEditorView key={fresh.id} initial={fresh} isInJournal={false} />
      ) : (
        <StoredPreparationEditor key={draftId} id={draftId} startIfMissing />
      )}
    </section>
  );
}

/** /preparations/:id/edit: the same form, starting from what is stored. */
export function EditPreparationPage() {
  usePageTitle('Edit preparation');
  const { id = '' } = useParams();
  return (
    <section className="page reflect-page prepare-page">
      <PageHeading>Edit preparation</PageHeading>
      <StoredPreparationEditor key={id} id={id} startIfMissing={false} />
    </section>
  );
}
