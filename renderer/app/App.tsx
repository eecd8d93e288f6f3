import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { StorageStatus } from '../db/storagePersistence';
import { EntryPage } from '../features/journal/EntryPage';
import { JournalPage } from '../features/journal/JournalPage';
import { TrashPage } from '../features/journal/TrashPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/people/PersonPage';
import { EditReflectionPage } from '../features/reflect/EditReflectionPage';
import { NewReflectionPage } from '../features/reflect/NewReflectionPage';
import { RemindersPage } from '../features/reminders/RemindersPage';
import { SearchPage } from '../features/search/SearchPage';
import { PlannedPage } from '../pages/PlannedPage';
import { SettingsPage } from '../pages/SettingsPage';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';

export interface AppProps {
  storage: StorageStatus | null;
}

function RouteError() {
  return (
    <PlannedPage title="Page not found">
      <p>There is nothing at this address. Use the navigation to go to a page of the journal.</p>
    </PlannedPage>
  );
}

/** Hash routing: the built renderer works from app://, from any static folder, and from `npm run web`. */
export function createAppRouter({ storage }: AppProps) {
  return createHashRouter([
    {
      element: <AppLayout />,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/journal" replace /> },
        { path: 'journal', element: <JournalPage /> },
        { path: 'new', element: <NewReflectionPage /> },
        { path: 'reflections/:id', element: <EntryPage /> },
        { path: 'reflections/:id/edit', element: <EditReflectionPage /> },
        { path: 'trash', element: <TrashPage /> },
        { path: 'search', element: <SearchPage /> },
        {
          path: 'progress',
          element: (
            <PlannedPage title="Progress">
              <p>Charts of how you apply each principle over time will appear here.</p>
            </PlannedPage>
          ),
        },
        { path: 'people', element: <PeoplePage /> },
        { path: 'people/:id', element: <PersonPage /> },
        { path: 'reminders', element: <RemindersPage /> },
        {
          path: 'data',
          element: (
            <PlannedPage title="Data">
              <p>
                Export, import and back up your journal. Nothing leaves this computer unless you export it.
              </p>
            </PlannedPage>
          ),
        },
        {
          path: 'coach',
          element: (
            <PlannedPage title="Coach review">
              <p>Open a journal a client exported for you, kept apart from your own.</p>
            </PlannedPage>
          ),
        },
        { path: 'settings', element: <SettingsPage storage={storage} /> },
        { path: '*', element: <RouteError /> },
      ],
    },
  ]);
}

export function App(props: AppProps & { router?: ReturnType<typeof createAppRouter> }) {
  const router = props.router ?? createAppRouter(props);
  return (
    <ErrorBoundary>
      <RouterProvider router={router} />
    </ErrorBoundary>
  );
}
