import { lazy, Suspense, useEffect, useRef } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { RemindersInApp } from '../features/reminders/RemindersInApp';
import { SearchBox } from '../features/search/SearchBox';
import { WelcomeGate } from '../features/welcome/WelcomeGate';
import { usePlatform } from '../platform/PlatformContext';
import { AppMark } from './AppMark';
import { NavigationIcon } from './NavigationIcon';
import { PageOutlet } from './PageOutlet';
import { StorageStatusBanner } from './StorageStatusBanner';
import { mainNavigation, navigationCurrent } from './navigation';
import { useFocusHeadingOnNavigate } from './useFocusHeadingOnNavigate';
import { useStartupSettled } from './startupPhase';

// Backups bring the import and export code (zip, passphrases, file formats) with them: they load
// once the first screen is up, not before it.
const AutomaticBackups = lazy(() =>
  import('../features/backup/AutomaticBackups').then((m) => ({ default: m.AutomaticBackups })),
);

// Progress reads its month records into memory once the first screen is up, so it opens at once.
const ProgressWarmUp = lazy(() =>
  import('../features/progress/ProgressWarmUp').then((m) => ({ default: m.ProgressWarmUp })),
);

export function AppLayout() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const platform = usePlatform();
  const mainRef = useRef<HTMLElement>(null);
  const startupSettled = useStartupSettled();
  useFocusHeadingOnNavigate(mainRef);

  useEffect(() => platform.onNavigate((route) => void navigate(route)), [platform, navigate]);

  return (
    <div className="app-shell">
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      {/* Search and New reflection come first in the tab order; the grid puts the sidebar on the left. */}
      <header className="app-header">
        <SearchBox />
        <button type="button" className="button button-primary" onClick={() => void navigate('/new')}>
          New reflection
        </button>
      </header>
      <div className="app-sidebar">
        <span className="app-name">
          <AppMark />
          <span className="app-name-text">Influence Journal</span>
        </span>
        <nav aria-label="Main" className="app-nav">
          <ul>
            {mainNavigation.map((item) => (
              <li key={item.route}>
                <Link to={item.route} aria-current={navigationCurrent(pathname, item)}>
                  <NavigationIcon name={item.icon} />
                  <span className="nav-label">{item.label}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <main ref={mainRef} id="content" className="app-main" tabIndex={-1}>
        <StorageStatusBanner />
        <RemindersInApp />
        {startupSettled ? (
          <Suspense fallback={null}>
            <AutomaticBackups />
            <ProgressWarmUp />
          </Suspense>
        ) : null}
        <WelcomeGate>
          <PageOutlet />
        </WelcomeGate>
      </main>
    </div>
  );
}
