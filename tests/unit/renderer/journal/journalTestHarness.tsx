import { configure, render } from '@testing-library/react';
import Dexie from 'dexie';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { createDraftReflection, type Reflection } from '../../../../shared/domain/reflectionSchema';
import { StorageStatusBanner } from '../../../../renderer/app/StorageStatusBanner';
import { createJournal, type Journal } from '../../../../renderer/db/JournalContext';
import { JournalDatabase } from '../../../../renderer/db/JournalDatabase';
import { EntryPage } from '../../../../renderer/features/journal/EntryPage';
import { JournalPage } from '../../../../renderer/features/journal/JournalPage';
import { TrashPage } from '../../../../renderer/features/journal/TrashPage';
import { PeoplePage } from '../../../../renderer/features/people/PeoplePage';
import { PrincipleSettings } from '../../../../renderer/features/principles/PrincipleSettings';
import { PersonPage } from '../../../../renderer/features/people/PersonPage';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { AppProviders } from '../AppProviders';
import { uniqueDatabaseName } from '../db/migrationHarness';

// The first render of a file opens IndexedDB and imports every page; on a busy 2-core machine
// that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5_000 });
vi.setConfig({ testTimeout: 20_000 });

export interface TestJournal {
  db: JournalDatabase;
  journal: Journal;
  clock: { now: Date };
  close: () => Promise<void>;
}

/** A real JournalDatabase on fake-indexeddb, with a clock the test moves. */
export async function openTestJournal(now = new Date('2026-03-10T09:00:00Z')): Promise<TestJournal> {
  const db = new JournalDatabase(uniqueDatabaseName('journal-ui'));
  await db.open();
  const clock = { now };
  return {
    db,
    journal: createJournal(db, () => clock.now),
    clock,
    close: async () => {
      db.close();
      await Dexie.delete(db.name);
    },
  };
}

/** Someone not in the people table: complete reflections need a person, and most tests do not care who. */
export const UNNAMED_PERSON_ID = '019c0000-0000-7000-8000-000000000001';

/** A reflection that happened at `iso` (UTC), complete unless said otherwise. */
export function reflectionAt(iso: string, overrides: Partial<Reflection> = {}): Reflection {
  return {
    ...createDraftReflection({ now: new Date(iso), timeZone: 'UTC' }),
    status: 'complete',
    personIds: [UNNAMED_PERSON_ID],
    asked: `Asked on ${iso}`,
    ...overrides,
  };
}

/** The app's providers (in StrictMode, as main.tsx renders) around the journal, people and principles routes. */
export function renderJournalApp(journal: Journal, path: string) {
  return render(
    <AppProviders journal={journal} platform={createBrowserPlatform('0.0.0-test')}>
      <MemoryRouter initialEntries={[path]}>
        <StorageStatusBanner />
        <Routes>
          <Route path="/journal" element={<JournalPage />} />
          <Route path="/reflections/:id" element={<EntryPage />} />
          <Route path="/reflections/:id/edit" element={<h1>Edit reflection</h1>} />
          <Route path="/new" element={<h1>New reflection</h1>} />
          <Route path="/trash" element={<TrashPage />} />
          <Route path="/people" element={<PeoplePage />} />
          <Route path="/people/:id" element={<PersonPage />} />
          <Route path="/settings" element={<PrincipleSettings />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}
