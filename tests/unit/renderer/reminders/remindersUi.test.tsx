import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import {
  DueRemindersBanner,
  mergeDueItems,
} from '../../../../renderer/features/reminders/DueRemindersBanner';
import { RemindersPage } from '../../../../renderer/features/reminders/RemindersPage';
import { PlatformContext } from '../../../../renderer/platform/PlatformContext';
import type { JournalPlatform } from '../../../../renderer/platform/JournalPlatform';
import type { DueItem, DueNotification } from '../../../../shared/reminders/collapseMissed';
import type { Reminder } from '../../../../shared/reminders/reminderSchema';
import { fakeRemindersPlatform } from './fakeRemindersPlatform';

const REFLECTION_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

const item = (overrides: Partial<DueItem> = {}): DueItem => ({
  reminderId: 'r1',
  kind: 'rhythm',
  title: 'Any tough conversations today?',
  occurrence: '2024-12-02T22:30:00.000Z',
  missedCount: 0,
  ...overrides,
});
const followUp: Reminder = {
  id: 'f1',
  kind: 'follow-up',
  title: 'Ask Sam',
  schedule: { type: 'once', date: '2024-12-02', time: '17:30' },
  timeZone: 'Europe/Berlin',
  paused: false,
  quietIfReflected: 'none',
  done: true,
  createdAt: '2024-12-01T00:00:00.000Z',
};
const notification = (...items: DueItem[]): DueNotification => ({ title: 'x', body: '', items });

function renderAt(platform: JournalPlatform, element: React.ReactNode) {
  const router = createMemoryRouter(
    [
      { path: '/', element },
      { path: '/new', element: <h1>New reflection</h1> },
      { path: '/reflections/:id', element: <h1>Reflection</h1> },
    ],
    { initialEntries: ['/'] },
  );
  render(
    <PlatformContext.Provider value={platform}>
      <RouterProvider router={router} />
    </PlatformContext.Provider>,
  );
  return router;
}

describe('mergeDueItems', () => {
  it('keeps one entry per reminder, the latest occurrence winning', () => {
    const older = item();
    const newer = item({ occurrence: '2024-12-03T22:30:00.000Z', missedCount: 1 });
    const other = item({ reminderId: 'r2', title: 'Other' });
    expect(mergeDueItems([older], [notification(newer, other), notification(older)])).toEqual([newer, other]);
  });
});

describe('due reminders banner', () => {
  it('takes what main queued, shows each reminder with its actions, and opens the right page', async () => {
    const fake = fakeRemindersPlatform();
    const router = renderAt(fake.platform, <DueRemindersBanner />);
    act(() =>
      fake.emitDue(
        notification(
          item(),
          item({
            reminderId: 'f1',
            kind: 'follow-up',
            title: 'Ask Sam',
            reflectionId: REFLECTION_ID,
            missedCount: 2,
          }),
        ),
      ),
    );
    const banner = await screen.findByRole('region', { name: '2 reminders' });
    expect(within(banner).getByText('(and 2 more missed)', { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('2 reminders are due.');
    const user = userEvent.setup();
    await user.click(within(banner).getByRole('button', { name: 'Open reflection' }));
    expect(router.state.location.pathname).toBe(`/reflections/${REFLECTION_ID}`);
  });

  it('snoozes and finishes from the banner through the platform', async () => {
    const fake = fakeRemindersPlatform();
    renderAt(fake.platform, <DueRemindersBanner />);
    act(() =>
      fake.emitDue(notification(item({ reminderId: 'f1', kind: 'follow-up', title: 'Ask Sam' }), item())),
    );
    const banner = await screen.findByRole('region', { name: '2 reminders' });
    const user = userEvent.setup();
    vi.mocked(fake.reminders.done).mockResolvedValueOnce(followUp);
    await user.click(within(banner).getByRole('button', { name: 'Done' }));
    const single = await screen.findByRole('region', { name: 'Reminder' });
    vi.mocked(fake.reminders.snooze).mockResolvedValueOnce(followUp);
    await user.click(within(single).getByRole('button', { name: 'Snooze' }));
    await user.click(within(single).getByRole('button', { name: '10 minutes' }));
    await vi.waitFor(() => expect(screen.queryByRole('region', { name: 'Reminder' })).toBeNull());
  });
});

describe('Reminders page notices', () => {
  it('says when notifications are unsupported and where an unreadable file went', async () => {
    const fake = fakeRemindersPlatform({
      status: { notificationsSupported: false, corruptFileMovedTo: '/data/reminders.json.corrupt-2024' },
    });
    renderAt(fake.platform, <RemindersPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('/data/reminders.json.corrupt-2024');
    expect(screen.getByRole('note', { name: 'About notifications' })).toHaveTextContent(
      'This system cannot show notifications. Due reminders appear as a banner inside the app instead.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Reminders' })).toBeInTheDocument();
    expect(await screen.findByRole('checkbox', { name: 'Keep running in the background' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Start at login' })).not.toBeChecked();
  });

  it('turns start at login on through the platform', async () => {
    const fake = fakeRemindersPlatform();
    renderAt(fake.platform, <RemindersPage />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Start at login' }));
    expect(fake.platform.settings.update).toHaveBeenCalledWith({ startAtLogin: true });
    expect(await screen.findByText('Setting saved.')).toBeInTheDocument();
  });
});
