import { render, screen } from '@testing-library/react';
import { createMemoryRouter, Navigate, Outlet, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import { WelcomeGate } from '../../../../renderer/features/welcome/WelcomeGate';
import { readWelcome, recordWelcome } from '../../../../renderer/features/welcome/welcomeState';
import { deleteFreshJournal, openFreshJournal, type OpenedTestJournal } from '../db/testJournalDatabase';

let opened: OpenedTestJournal;
beforeEach(async () => {
  localStorage.clear();
  opened = await openFreshJournal('welcome-gate');
});
afterEach(async () => {
  localStorage.clear();
  await deleteFreshJournal(opened.db);
});

function startAt(path: string) {
  const router = createMemoryRouter(
    [
      {
        element: (
          <WelcomeGate>
            <Outlet />
          </WelcomeGate>
        ),
        children: [
          { index: true, element: <Navigate to="/journal" replace /> },
          { path: '/journal', element: <h1>Journal</h1> },
          { path: '/welcome', element: <h1>Welcome</h1> },
          { path: '/reminders', element: <h1>Reminders</h1> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  render(
    <JournalProvider journal={opened.journal}>
      <RouterProvider router={router} />
    </JournalProvider>,
  );
  return router;
}

describe('the welcome at start', () => {
  it('greets a new person on an empty journal, without showing the empty journal first', async () => {
    startAt('/journal');
    expect(screen.queryByRole('heading', { name: 'Journal' })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Welcome' }, { timeout: 5000 })).toBeInTheDocument();
    expect(readWelcome()).toBeNull();
  });

  it('greets them too when the app opens at its bare address, which redirects to the journal', async () => {
    const router = startAt('/');
    expect(await screen.findByRole('heading', { name: 'Welcome' }, { timeout: 5000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/welcome');
  });

  it('does not greet someone upgrading with people in their journal, and remembers that', async () => {
    await opened.journal.people.add('Dana Fox');
    startAt('/journal');
    expect(await screen.findByRole('heading', { name: 'Journal' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Welcome' })).toBeNull();
    expect(readWelcome()?.outcome).toBe('not-needed');
  });

  it('shows a page opened by a link at once, without waiting for the check', () => {
    // Where it then goes (nowhere) is decideAtStart's, tested in welcomeState.test.ts.
    startAt('/reminders');
    expect(screen.getByRole('heading', { name: 'Reminders' })).toBeInTheDocument();
  });

  it('is not offered again once done or skipped', async () => {
    recordWelcome('skipped');
    startAt('/journal');
    expect(screen.getByRole('heading', { name: 'Journal' })).toBeInTheDocument();
  });
});
