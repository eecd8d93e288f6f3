import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { RemindersPage } from '../../../../renderer/features/reminders/RemindersPage';
import { PlatformContext } from '../../../../renderer/platform/PlatformContext';
import type { ReminderView } from '../../../../shared/ipc/remindersContract';
import type { Reminder } from '../../../../shared/reminders/reminderSchema';
import { fakeRemindersPlatform } from './fakeRemindersPlatform';

const reminder = (overrides: Partial<Reminder>): Reminder => ({
  id: 'r',
  kind: 'rhythm',
  title: 'Any tough conversations today?',
  schedule: { type: 'daily', time: '17:30' },
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  paused: false,
  quietIfReflected: 'none',
  done: false,
  createdAt: '2025-03-01T00:00:00.000Z',
  ...overrides,
});

const daily: ReminderView = {
  reminder: reminder({ id: 'daily' }),
  next: '2025-03-05T22:30:00.000Z',
  nextLabel: 'Next: Wed 5 Mar, 17:30',
};
const fired: ReminderView = {
  reminder: reminder({
    id: 'talk',
    kind: 'after-conversation',
    title: 'How did the budget talk go?',
    schedule: { type: 'once', date: '2025-03-05', time: '10:05' },
  }),
  next: null,
  nextLabel: null,
  firedAt: '2025-03-05T15:05:00.000Z',
  firedLabel: 'Fired: Wed 5 Mar, 10:05',
};

function renderPage(views: ReminderView[]) {
  const fake = fakeRemindersPlatform({ views });
  const router = createMemoryRouter([{ path: '/', element: <RemindersPage /> }]);
  render(
    <PlatformContext.Provider value={fake.platform}>
      <RouterProvider router={router} />
    </PlatformContext.Provider>,
  );
}

describe('the Past list on the Reminders page', () => {
  it('moves a fired one-off under "Past" with when it fired, leaving the rest above', async () => {
    renderPage([daily, fired]);
    const past = await screen.findByRole('list', { name: 'Past' });
    const pastItem = within(past).getByRole('listitem', { name: 'How did the budget talk go?' });
    expect(pastItem).toHaveTextContent('Fired: Wed 5 Mar, 10:05');
    expect(within(pastItem).getByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(within(pastItem).getByRole('button', { name: 'Delete' })).toBeInTheDocument();
    expect(within(pastItem).queryByRole('button', { name: 'Pause' })).toBeNull();
    expect(within(pastItem).queryByRole('button', { name: /^Snooze/ })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Past' })).toBeInTheDocument();

    const upcoming = screen.getByRole('list', { name: 'Your reminders' });
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(1);
    const dailyItem = within(upcoming).getByRole('listitem', { name: 'Any tough conversations today?' });
    // The same controls are there for a reminder still to come, so their absence above means something.
    expect(within(dailyItem).getByRole('button', { name: /^Snooze/ })).toBeInTheDocument();
    expect(within(dailyItem).getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    expect(within(upcoming).queryByText('How did the budget talk go?')).toBeNull();
  });

  it('shows no Past heading while nothing has fired', async () => {
    renderPage([daily]);
    expect(await screen.findByRole('list', { name: 'Your reminders' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Past' })).toBeNull();
  });

  it('says nothing is coming up when every reminder is past', async () => {
    renderPage([fired]);
    expect(await screen.findByText('Nothing coming up. Add one below.')).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Past' })).toBeInTheDocument();
  });
});
