import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { PageOutlet } from '../../app/PageOutlet';
import { WorkspaceModeContext, type WorkspaceMode } from '../../app/workspaceMode';
import { JournalProvider } from '../../db/JournalContext';
import { PrinciplesProvider } from '../principles/PrinciplesProvider';
import { SearchClientContext } from '../search/useSearch';
import { SAMPLE_ROUTE, sampleNavigation } from './sampleRoutes';
import { useSampleServices } from './sampleServices';
import './sample.css';
import { errorText } from '../../../shared/app/errorText';

/** Read-only: nothing written here could be lost with the sample, and no reminder starts from it. */
const sampleMode: WorkspaceMode = { readOnly: true, linkBase: SAMPLE_ROUTE };

type Phase =
  | { readonly step: 'preparing' }
  | { readonly step: 'ready' }
  | { readonly step: 'removing' }
  | { readonly step: 'failed'; readonly action: 'open' | 'remove'; readonly message: string };

function SampleNavigation() {
  const { pathname } = useLocation();
  return (
    <nav aria-label="Sample journal" className="sample-nav">
      <ul>
        {sampleNavigation.map(({ label, path, covers }) => {
          const isPage = pathname === `${SAMPLE_ROUTE}/${path}`;
          const isCovered = covers.some((part: string) => pathname.startsWith(`${SAMPLE_ROUTE}/${part}/`));
          return (
            <li key={path}>
              <Link
                to={`${SAMPLE_ROUTE}/${path}`}
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
 * #/sample/…: the journal, entry, Progress and search pages over the sample database, marked on
 * every page. The person's own journal, its backups and its exports are outside this tree and
 * keep reading their own database.
 */
export function SampleWorkspace() {
  const services = useSampleServices();
  const navigate = useNavigate();
  const journal = useMemo(() => services.journal(), [services]);
  const search = useMemo(() => services.search(), [services]);
  const [phase, setPhase] = useState<Phase>({ step: 'preparing' });

  useEffect(() => {
    if (phase.step !== 'preparing') return;
    let live = true;
    services.prepare().then(
      () => live && setPhase({ step: 'ready' }),
      (error: unknown) => live && setPhase({ step: 'failed', action: 'open', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [services, phase.step]);

  useEffect(() => {
    // Runs once the pages reading the sample are gone, so none of them sees its database close.
    if (phase.step !== 'removing') return;
    let live = true;
    services.remove().then(
      () => void navigate('/journal', { replace: true }),
      (error: unknown) => live && setPhase({ step: 'failed', action: 'remove', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [services, phase.step, navigate]);

  return (
    <div className="sample-workspace">
      <div className="sample-banner">
        <p role="status">
          <strong>Sample journal</strong>: made-up reflections to look around in. Your own journal is not
          shown here and nothing here is added to it.
        </p>
        <div className="sample-banner-row">
          <SampleNavigation />
          <button
            type="button"
            className="button"
            disabled={phase.step === 'removing'}
            onClick={() => setPhase({ step: 'removing' })}
          >
            Remove sample journal
          </button>
        </div>
      </div>
      {phase.step === 'ready' ? (
        <JournalProvider journal={journal}>
          <PrinciplesProvider>
            <SearchClientContext.Provider value={search}>
              <WorkspaceModeContext.Provider value={sampleMode}>
                <PageOutlet />
              </WorkspaceModeContext.Provider>
            </SearchClientContext.Provider>
          </PrinciplesProvider>
        </JournalProvider>
      ) : phase.step === 'failed' ? (
        <div role="alert" className="banner banner-error">
          <p>
            {phase.action === 'open'
              ? `The sample journal could not be prepared: ${phase.message}`
              : `The sample journal could not be removed: ${phase.message}`}
          </p>
          <button
            type="button"
            className="button"
            onClick={() => setPhase({ step: phase.action === 'open' ? 'preparing' : 'removing' })}
          >
            Try again
          </button>
        </div>
      ) : (
        <p className="muted">
          {phase.step === 'removing' ? 'Removing the sample journal…' : 'Preparing the sample journal…'}
        </p>
      )}
    </div>
  );
}
