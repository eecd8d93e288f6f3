import { render } from '@testing-library/react';
import Dexie from 'dexie';
import type { ReactNode } from 'react';
import { createMemoryRouter, Outlet, RouterProvider, useLocation } from 'react-router';
import { StorageStatusBanner } from '../../../../renderer/app/StorageStatusBanner';
import { StorageStatusProvider } from '../../../../renderer/app/storageStatus';
import { createJournal, JournalProvider, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { EditReflectionPage } from '../../../../renderer/features/reflect/EditReflectionPage';
import { PrinciplesProvider } from '../../../../renderer/features/principles/PrinciplesProvider';
import { NewReflectionPage } from '../../../../renderer/features/reflect/NewReflectionPage';
import { savedNoticeOf } from '../../../../renderer/features/reflect/savedNotice';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { PlatformContext } from '../../../../renderer/platform/PlatformContext';
import { uniqueDatabaseName } from '../db/migrationHarness';

/** A real journal on fake-indexeddb, as the app opens it. */
export async function openTestJournal(): Promise<{
  db: JournalDatabase;
  journal: Journal;
  close: () => Promise<void>;
}> {
  const db = new JournalDatabase(uniqueDatabaseName('reflect'));
  await db.open();
  return {
    db,
    journal: createJournal(db),
    close: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}

/** Stands in for the entry page: shows the notice the flow hands over after saving. */
function EntryProbe() {
  const notice = savedNoticeOf(useLocation().state);
  return <p>Entry page{notice === null ? '' : `: ${notice.savedReflectionMessage}`}</p>;
}

/** Where the router is now, so a test can see the address the flow keeps. */
function LocationProbe() {
  const { pathname, search } = useLocation();
  return <p data-testid="location">{`${pathname}${search}`}</p>;
}

export function Providers({ journal, children }: { journal: Journal; children: ReactNode }) {
  return (
    <PlatformContext.Provider value={createBrowserPlatform('0.0.0-test')}>
      <JournalProvider journal={journal}>
        <StorageStatusProvider>
          <StorageStatusBanner />
          <PrinciplesProvider>{children}</PrinciplesProvider>
        </StorageStatusProvider>
      </JournalProvider>
    </PlatformContext.Provider>
  );
}

/** Where the flow leaves to when it is not saving: any other page of the app. */
function ElsewhereProbe() {
  return <p>Another page</p>;
}

/**
 * The reflect routes inside the app's providers, starting at `route`. A data router, as the app
 * has, so leaving the editor can be blocked while saving fails.
 */
export function renderReflectRoutes(journal: Journal, route: string) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <>
            <Outlet />
            <LocationProbe />
          </>
        ),
        children: [
          { path: '/new', element: <NewReflectionPage /> },
          { path: '/reflections/:id/edit', element: <EditReflectionPage /> },
          { path: '/reflections/:id', element: <EntryProbe /> },
          { path: '/journal', element: <ElsewhereProbe /> },
        ],
      },
    ],
    { initialEntries: [route] },
  );
  return {
    router,
    ...render(
      <Providers journal={journal}>
        <RouterProvider router={router} />
      </Providers>,
    ),
  };
}
