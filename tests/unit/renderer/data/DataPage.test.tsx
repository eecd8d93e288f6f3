import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DataPage } from '../../../../renderer/features/data/DataPage';
import { PlatformError, type JournalPlatform } from '../../../../renderer/platform/JournalPlatform';
import { createPerson } from '../../../../shared/domain/personSchema';
import {
  openTestJournal,
  reflectionAt,
  UNNAMED_PERSON_ID,
  type TestJournal,
} from '../journal/journalTestHarness';
import { AppProviders } from '../AppProviders';
import { fakeRemindersPlatform } from '../reminders/fakeRemindersPlatform';

configure({ asyncUtilTimeout: 5_000 });

let test: TestJournal;
beforeEach(async () => {
  test = await openTestJournal();
  // An export names every person its reflections mention, so the person must be in the journal.
  await test.journal.people.bulkImport([
    createPerson({ now: new Date('2026-01-05T09:00:00Z'), name: 'Dana Fox', id: UNNAMED_PERSON_ID }),
  ]);
  await test.journal.reflections.bulkImport([
    reflectionAt('2026-03-01T10:00:00Z', { asked: 'Shared with the coach' }),
    reflectionAt('2026-03-02T10:00:00Z', { asked: 'Kept to myself', isPrivate: true }),
  ]);
});
afterEach(() => test.close());

/** The desktop platform as the page sees it, with the save answered by `save`. */
function desktopPlatform(save: JournalPlatform['files']['save']): JournalPlatform {
  const { platform } = fakeRemindersPlatform();
  return {
    ...platform,
    kind: 'electron',
    getAppInfo: async () => ({
      name: 'Influence Journal',
      version: '1.0.0',
      platform: 'linux',
      dataFolder: '/home/sam/.config/influence-journal',
      electronVersion: '45.0.0',
    }),
    files: { save: vi.fn(save) },
  };
}

function renderDataPage(platform: JournalPlatform) {
  render(
    <AppProviders journal={test.journal} platform={platform}>
      <MemoryRouter initialEntries={['/data']}>
        <Routes>
          <Route path="/data" element={<DataPage />} />
        </Routes>
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('the Data page', () => {
  it('says where the desktop app saved the export and how many reflections it holds', async () => {
    const user = userEvent.setup();
    const platform = desktopPlatform(async () => ({ saved: true, path: '/home/sam/journal.json' }));
    renderDataPage(platform);
    expect(await screen.findByText('This export includes 1 reflection.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByText('Saved 1 reflection to /home/sam/journal.json.')).toBeVisible();
    expect(platform.files.save).toHaveBeenCalledWith(
      expect.objectContaining({
        mimeType: 'application/json',
        suggestedName: expect.stringMatching(/\.json$/),
      }),
    );
  });

  it('says a cancelled save saved nothing, and a failed one what failed', async () => {
    const user = userEvent.setup();
    const save = vi
      .fn<JournalPlatform['files']['save']>()
      .mockResolvedValueOnce({ saved: false })
      .mockRejectedValueOnce(
        new PlatformError('failed', 'Could not save journal.csv in /media/usb: the disk is full.'),
      );
    renderDataPage(desktopPlatform(save));
    await screen.findByText('This export includes 1 reflection.');
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByText('Export cancelled: nothing was saved.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The CSV export failed: Could not save journal.csv in /media/usb: the disk is full.',
    );
  });

  it('asks for a passphrase of 8 characters typed twice before encrypting, and saves nothing until then', async () => {
    const user = userEvent.setup();
    const platform = desktopPlatform(async () => ({ saved: true, path: '/x.json' }));
    renderDataPage(platform);
    await screen.findByText('This export includes 1 reflection.');
    await user.click(screen.getByRole('checkbox', { name: 'Encrypt with a passphrase' }));
    await user.type(screen.getByLabelText('Passphrase'), 'short');
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The passphrase must be at least 8 characters long.',
    );
    await user.type(screen.getByLabelText('Passphrase'), ' but long now');
    await user.type(screen.getByLabelText('Confirm passphrase'), 'short but long');
    expect(screen.getByText('The two passphrases do not match.')).toBeVisible();
    expect(platform.files.save).not.toHaveBeenCalled();
  });

  it('counts private reflections only when they are included', async () => {
    const user = userEvent.setup();
    renderDataPage(desktopPlatform(async () => ({ saved: false })));
    await screen.findByText('This export includes 1 reflection.');
    await user.click(screen.getByRole('checkbox', { name: 'Include private reflections' }));
    expect(await screen.findByText('This export includes 2 reflections.')).toBeVisible();
  });
});
