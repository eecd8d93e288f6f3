import { lazy } from 'react';
import { createHashRouter, Navigate, RouterProvider } from 'react-router';
import type { StorageStatus } from '../db/storagePersistence';
import { DateTimeFormatProvider } from '../features/dateTime/DateTimeFormatProvider';
import { JournalPage } from '../features/journal/JournalPage';
import { HelpKeyboard } from '../features/help/HelpKeyboard';
import { PrinciplesProvider } from '../features/principles/PrinciplesProvider';
import { PlannedPage } from '../pages/PlannedPage';
import { AppLayout } from './AppLayout';
import { ErrorBoundary } from './ErrorBoundary';

// Only the Journal, the first page people see, is in the start-up bundle; every other page
// loads when it is opened, which keeps the first rows fast in a large journal.
const EntryPage = lazy(() => import('../features/journal/EntryPage').then((m) => ({ default: m.EntryPage })));
const TrashPage = lazy(() => import('../features/journal/TrashPage').then((m) => ({ default: m.TrashPage })));
const PeoplePage = lazy(() =>
  import('../features/people/PeoplePage').then((m) => ({ default: m.PeoplePage })),
);
const PersonPage = lazy(() =>
  import('../features/people/PersonPage').then((m) => ({ default: m.PersonPage })),
);
const EditReflectionPage = lazy(() =>
  import('../features/reflect/EditReflectionPage').then((m) => ({ default: m.EditReflectionPage })),
);
const NewReflectionPage = lazy(() =>
  import('../features/reflect/NewReflectionPage').then((m) => ({ default: m.NewReflectionPage })),
);
const RemindersPage = lazy(() =>
  import('../features/reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })),
);
const ProgressPage = lazy(() =>
  import('../features/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })),
);
const SearchPage = lazy(() =>
  import('../features/search/SearchPage').then((m) => ({ default: m.SearchPage })),
);
const DataPage = lazy(() => import('../features/data/DataPage').then((m) => ({ default: m.DataPage })));
const ReportPage = lazy(() => import('../features/data/ReportPage').then((m) => ({ default: m.ReportPage })));
const CoachReviewPage = lazy(() =>
  import('../features/coach/CoachReviewPage').then((m) => ({ default: m.CoachReviewPage })),
);
const CoachWorkspace = lazy(() =>
  import('../features/coach/CoachWorkspace').then((m) => ({ default: m.CoachWorkspace })),
);
const ClientSummaryPage = lazy(() =>
  import('../features/coach/ClientSummaryPage').then((m) => ({ default: m.ClientSummaryPage })),
);
const HelpPage = lazy(() => import('../features/help/HelpPage').then((m) => ({ default: m.HelpPage })));
const WelcomePage = lazy(() =>
  import('../features/welcome/WelcomePage').then((m) => ({ default: m.WelcomePage })),
);
const SampleWorkspace = lazy(() =>
  import('../features/sample/SampleWorkspace').then((m) => ({ default: m.SampleWorkspace })),
);
const NewPreparationPage = lazy(() =>
  import('../features/prepare/PreparationEditorPages').then((m) => ({ default: m.NewPreparationPage })),
);
const EditPreparationPage = lazy(() =>
  import('../features/prepare/PreparationEditorPages').then((m) => ({ default: m.EditPreparationPage })),
);
const PreparationPage = lazy(() =>
  import('../features/prepare/PreparationPage').then((m) => ({ default: m.PreparationPage })),
);
const SettingsPage = lazy(() => import('../pages/SettingsPage').then((m) => ({ default: m.SettingsPage })));

export interface AppProps {
  /** Asked for at start but never waited on before the first paint. */
  storage: Promise<StorageStatus>;
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
      element: (
        <>
          <HelpKeyboard />
          <AppLayout />
        </>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/journal" replace /> },
        { path: 'journal', element: <JournalPage /> },
        { path: 'new', element: <NewReflectionPage /> },
        { path: 'reflections/:id', element: <EntryPage /> },
        { path: 'reflections/:id/edit', element: <EditReflectionPage /> },
        { path: 'prepare/new', element: <NewPreparationPage /> },
        { path: 'preparations/:id', element: <PreparationPage /> },
        { path: 'preparations/:id/edit', element: <EditPreparationPage /> },
        { path: 'trash', element: <TrashPage /> },
        { path: 'search', element: <SearchPage /> },
        { path: 'progress', element: <ProgressPage /> },
        { path: 'people', element: <PeoplePage /> },
        { path: 'people/:id', element: <PersonPage /> },
        { path: 'reminders', element: <RemindersPage /> },
        { path: 'data', element: <DataPage /> },
        { path: 'data/report', element: <ReportPage /> },
        { path: 'coach', element: <CoachReviewPage /> },
        {
          path: 'coach/:clientId',
          element: <CoachWorkspace />,
          children: [
            { index: true, element: <Navigate to="journal" replace /> },
            { path: 'journal', element: <JournalPage /> },
            { path: 'reflections/:id', element: <EntryPage /> },
            { path: 'progress', element: <ProgressPage /> },
            { path: 'search', element: <SearchPage /> },
            { path: 'summary', element: <ClientSummaryPage /> },
          ],
        },
        { path: 'welcome', element: <WelcomePage /> },
        {
          path: 'sample',
          element: <SampleWorkspace />,
          children: [
            { index: true, element: <Navigate to="journal" replace /> },
            { path: 'journal', element: <JournalPage /> },
            { path: 'reflections/:id', element: <EntryPage /> },
            { path: 'progress', element: <ProgressPage /> },
            { path: 'search', element: <SearchPage /> },
          ],
        },
        { path: 'settings', element: <SettingsPage storage={storage} /> },
        { path: 'help', element: <HelpPage /> },
        { path: '*', element: <RouteError /> },
      ],
    },
  ]);
}

export function App(props: AppProps & { router?: ReturnType<typeof createAppRouter> }) {
  const router = props.router ?? createAppRouter(props);
  return (
    <ErrorBoundary>
      <DateTimeFormatProvider>
        <PrinciplesProvider>
          <RouterProvider router={router} />
        </PrinciplesProvider>
      </DateTimeFormatProvider>
    </ErrorBoundary>
  );
}
