import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { JournalProvider } from '../../../../renderer/db/JournalContext';
import type { StorageStatus } from '../../../../renderer/db/storagePersistence';
import { SettingsPage } from '../../../../renderer/pages/SettingsPage';
import { PlatformContext } from '../../../../renderer/platform/PlatformContext';
import { deleteFreshJournal, openFreshJournal } from '../db/testJournalDatabase';
import { fakeRemindersPlatform } from './fakeRemindersPlatform';

vi.mock('../../../../renderer/features/principles/PrincipleSettings', () => ({
  // The principles editor needs the journal database; this test is about the settings beside it.
  PrincipleSettings: () => null,
}));

const storage: Promise<StorageStatus> = new Promise(() => undefined);

describe('Settings shows the background and start-at-login choices', () => {
  it('offers the same two checkboxes as the Reminders page and saves through the platform', async () => {
    const fake = fakeRemindersPlatform();
    // Settings also holds journal preferences (the first day of the week), so it needs a journal.
    const { db, journal } = await openFreshJournal('background-settings');
    onTestFinished(() => deleteFreshJournal(db));
    const router = createMemoryRouter([{ path: '/', element: <SettingsPage storage={storage} /> }]);
    render(
      <PlatformContext.Provider value={fake.platform}>
        <JournalProvider journal={journal}>
          <RouterProvider router={router} />
        </JournalProvider>
      </PlatformContext.Provider>,
    );
    const section = await screen.findByRole('region', { name: 'When the window is closed' });
    // The choices render once the platform's settings have been read.
    expect(
      await within(section).findByRole('checkbox', { name: 'Keep running in the background' }),
    ).toBeChecked();
    const startAtLogin = within(section).getByRole('checkbox', { name: 'Start at login' });
    expect(startAtLogin).not.toBeChecked();
    await userEvent.setup().click(startAtLogin);
    expect(fake.platform.settings.update).toHaveBeenCalledWith({ startAtLogin: true });
    expect(await within(section).findByText('Setting saved.')).toBeInTheDocument();
    // Read from the platform when the page opens, which is when main asks the system.
    expect(fake.platform.settings.get).toHaveBeenCalledTimes(1);
  });
});
