import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupFolderSetting } from '../../../../renderer/features/backup/BackupFolderSetting';
import type { BackupsPlatform } from '../../../../renderer/platform/backupsPlatform';
import { openTestJournal, type TestJournal } from '../journal/journalTestHarness';
import { AppProviders } from '../AppProviders';
import { fakeRemindersPlatform } from '../reminders/fakeRemindersPlatform';

configure({ asyncUtilTimeout: 5_000 });

let test: TestJournal;
beforeEach(async () => {
  test = await openTestJournal();
});
afterEach(() => test.close());

describe('Settings: Backup folder', () => {
  it('shows the folder and changes it through the folder dialog', async () => {
    const user = userEvent.setup();
    const backups: BackupsPlatform = {
      kind: 'folder',
      save: vi.fn(),
      list: async () => ({
        folder: '/home/sam/.config/influence-journal/journal-files/backups',
        backups: [],
      }),
      read: vi.fn(),
      chooseFolder: vi.fn(async () => ({ changed: true, folder: '/home/sam/Sync/journal' })),
      reportFailure: vi.fn(),
    };
    render(
      <AppProviders
        journal={test.journal}
        platform={{ ...fakeRemindersPlatform().platform, kind: 'electron', backups }}
      >
        <BackupFolderSetting />
      </AppProviders>,
    );
    const section = await screen.findByRole('region', { name: 'Backup folder' });
    expect(
      await screen.findByText(/^\/home\/sam\/\.config\/influence-journal\/journal-files\/backups/),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Choose folder…' }));
    expect(await screen.findByText(/^\/home\/sam\/Sync\/journal/)).toBeVisible();
    expect(section).toHaveTextContent('New backups go to this folder.');
  });
});
