import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backupFileName, buildBackup } from '../../../../shared/backup/backupFile';
import { createPerson } from '../../../../shared/domain/personSchema';
import { EmptyJournalRestoreOffer } from '../../../../renderer/features/backup/EmptyJournalRestoreOffer';
import { createBackupSnapshotRepository } from '../../../../renderer/db/repositories/backupSnapshotRepository';
import type { BackupsPlatform } from '../../../../renderer/platform/backupsPlatform';
import type { JournalPlatform } from '../../../../renderer/platform/JournalPlatform';
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
});
afterEach(() => test.close());

const createdAt = '2026-12-05T09:00:00.000Z';

/** A backup of a one-reflection journal, made with the app's own code, in a desktop folder. */
async function desktopWithBackup(): Promise<JournalPlatform> {
  const dana = createPerson({
    now: new Date('2026-01-05T09:00:00Z'),
    name: 'Dana Fox',
    id: UNNAMED_PERSON_ID,
  });
  const { header, bytes } = await buildBackup(
    {
      people: [dana],
      principleSettings: [],
      reflections: [reflectionAt('2026-03-01T10:00:00Z', { asked: 'Saved by the backup' })],
      preparations: [],
      reminders: [],
    },
    { appVersion: '1.0.0', schemaVersion: 3, journalId: '019ce0a2-5d40-7a1b-8c3d-00000000beef', createdAt },
  );
  const name = backupFileName(createdAt);
  const backups: BackupsPlatform = {
    kind: 'folder',
    save: vi.fn(),
    list: async () => ({
      folder: '/backups',
      backups: [{ name, sizeBytes: bytes.byteLength, createdAt, appVersion: '1.0.0', counts: header.counts }],
    }),
    read: vi.fn(async () => bytes),
    reportFailure: vi.fn(),
  };
  return { ...fakeRemindersPlatform().platform, kind: 'electron', backups };
}

describe('an empty journal with backups present', () => {
  it('offers the newest backup and restores it', async () => {
    const user = userEvent.setup();
    render(
      <AppProviders journal={test.journal} platform={await desktopWithBackup()}>
        <EmptyJournalRestoreOffer />
      </AppProviders>,
    );
    expect(await screen.findByRole('heading', { name: 'Your journal is empty' })).toBeVisible();
    expect(screen.getByText(/1 reflection, 1 person\.$/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Restore the newest backup' }));
    expect(await screen.findByText(/^Restored the backup of /)).toBeVisible();
    const whole = await createBackupSnapshotRepository(test.journal).readWholeJournal();
    expect(whole.reflections.map(({ asked }) => asked)).toEqual(['Saved by the backup']);
  });

  it('goes away on "Start fresh" and writes nothing', async () => {
    const user = userEvent.setup();
    render(
      <AppProviders journal={test.journal} platform={await desktopWithBackup()}>
        <EmptyJournalRestoreOffer />
      </AppProviders>,
    );
    await user.click(await screen.findByRole('button', { name: 'Start fresh' }));
    expect(screen.queryByRole('heading', { name: 'Your journal is empty' })).toBeNull();
    expect(await createBackupSnapshotRepository(test.journal).isEmpty()).toBe(true);
  });
});
