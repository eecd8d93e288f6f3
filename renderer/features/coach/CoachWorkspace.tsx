import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { PageOutlet } from '../../app/PageOutlet';
import { PageHeading } from '../../app/PageHeading';
import { WorkspaceModeContext, type WorkspaceMode } from '../../app/workspaceMode';
import type { CoachClientRecord } from '../../db/coach/coachDatabase';
import { JournalProvider } from '../../db/JournalContext';
import { PrinciplesProvider, usePrinciples } from '../principles/PrinciplesProvider';
import { SearchClientContext } from '../search/useSearch';
import { CommentThread, ReflectionCoachSection } from './CoachComments';
import { useCoach } from './coachServices';
import './coach.css';

const workspaceNavigation = [
  { label: 'Journal', path: 'journal', covers: ['reflections'] },
  { label: 'Progress', path: 'progress', covers: [] },
  { label: 'Search', path: 'search', covers: [] },
  { label: 'Summary', path: 'summary', covers: [] },
] as const;

function PrincipleComments(props: { clientId: string; reflectionId: string; principleId: string }) {
  const { titleOf } = usePrinciples();
  return <CommentThread {...props} principleTitle={titleOf(props.principleId)} />;
}

function WorkspaceNavigation({ client }: { client: CoachClientRecord }) {
  const { pathname } = useLocation();
  const base = `/coach/${client.id}`;
  return (
    <nav aria-label={`${client.name}'s journal`} className="coach-workspace-nav">
      <ul>
        {workspaceNavigation.map(({ label, path, covers }) => {
          const isPage = pathname === `${base}/${path}`;
          const isCovered = covers.some((part: string) => pathname.startsWith(`${base}/${part}/`));
          return (
            <li key={path}>
              <Link
                to={`${base}/${path}`}
                aria-current={isPage ? 'page' : isCovered ? 'location' : undefined}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * One client's journal, read-only, with the same pages as the client's own app. Everything below
 * reads the client's workspace database; the coach's own journal is not reachable from here.
 */
function ClientWorkspace({ client }: { client: CoachClientRecord }) {
  const coach = useCoach();
  const journal = useMemo(() => coach.journalFor(client.dbName), [coach, client.dbName]);
  const search = useMemo(() => coach.searchFor(client.dbName), [coach, client.dbName]);
  const mode = useMemo(
    (): WorkspaceMode => ({
      readOnly: true,
      linkBase: `/coach/${client.id}`,
      renderEntryExtra: (reflectionId) => (
        <ReflectionCoachSection clientId={client.id} reflectionId={reflectionId} />
      ),
      renderPrincipleExtra: (reflectionId, principleId) => (
        <PrincipleComments clientId={client.id} reflectionId={reflectionId} principleId={principleId} />
      ),
    }),
    [client.id],
  );
  const hasBadge = client.newerExportOpenedAt !== null;
  useEffect(() => {
    // Opening the client is seeing the newer export: the list's badge has done its job.
    if (hasBadge) void coach.clients.markSeen(client.id).catch(() => undefined);
  }, [coach, client.id, hasBadge]);

  return (
    <div className="coach-workspace">
      <div className="coach-workspace-header">
        <p>
          <Link to="/coach">Coach review</Link> · Client: <strong>{client.name}</strong> (read-only)
        </p>
        <WorkspaceNavigation client={client} />
      </div>
      <JournalProvider journal={journal}>
        <PrinciplesProvider>
          <SearchClientContext.Provider value={search}>
            <WorkspaceModeContext.Provider value={mode}>
              <PageOutlet context={client} />
            </WorkspaceModeContext.Provider>
          </SearchClientContext.Provider>
        </PrinciplesProvider>
      </JournalProvider>
    </div>
  );
}

/** #/coach/:clientId/…: the client named in the address, or a way back when there is none. */
export function CoachWorkspace() {
  const { clientId = '' } = useParams();
  const { clients } = useCoach();
  const client = useLiveQuery(async () => (await clients.get(clientId)) ?? null, [clients, clientId]);
  if (client === undefined) return <p className="muted">Loading…</p>;
  if (client === null) {
    return (
      <section className="page">
        <PageHeading>Client not found</PageHeading>
        <p>There is no client at this address. They may have been removed.</p>
        <p>
          <Link to="/coach">Back to Coach review</Link>
        </p>
      </section>
    );
  }
  // Keyed by client, so switching clients starts each page fresh, without reloading the app.
  return <ClientWorkspace key={client.id} client={client} />;
}
