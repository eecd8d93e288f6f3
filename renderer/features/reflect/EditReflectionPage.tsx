import { Link, useParams } from 'react-router';
import { PageHeading } from '../../app/PageHeading';
import { usePageTitle } from '../../app/usePageTitle';
import { ReflectionEditor } from './ReflectionEditor';
import { useInitialReflection } from './useInitialReflection';

/** A draft is continued where it was left; a finished reflection is edited on a copy. */
function StoredReflection({ id }: { id: string }) {
  const loaded = useInitialReflection(id, { startIfMissing: false });
  const title =
    loaded.status === 'ready' && loaded.reflection.status === 'draft'
      ? 'Continue reflection'
      : 'Edit reflection';
  usePageTitle(title);
  return (
    <>
      <PageHeading>{title}</PageHeading>
      <StoredReflectionBody loaded={loaded} />
    </>
  );
}

function StoredReflectionBody({ loaded }: { loaded: ReturnType<typeof useInitialReflection> }) {
  switch (loaded.status) {
    case 'loading':
      return <p className="muted">Opening the reflection…</p>;
    case 'ready':
      return <ReflectionEditor initial={loaded.reflection} isInJournal={loaded.isInJournal} isNew={false} />;
    case 'missing':
      return (
        <p>
          This reflection is not in your journal any more. Go back to the <Link to="/journal">Journal</Link>.
        </p>
      );
    case 'failed':
      return <p>The reflection could not be opened. Reload the app to try again.</p>;
  }
}

/** /reflections/:id/edit: the same flow as a new reflection, starting from what is stored. */
export function EditReflectionPage() {
  const { id = '' } = useParams();
  return (
    <section className="page reflect-page">
      <StoredReflection key={id} id={id} />
    </section>
  );
}
