import { expect, test, type Page } from '@playwright/test';
import { verifyBackup } from '../../../shared/backup/verifyBackup';
import { BackupSection } from '../pages/BackupSection';
import { DataPage } from '../pages/DataPage';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });
// Seeding, two downloads and a restore: on a shared two-core machine this takes a while.
test.describe.configure({ timeout: 120_000 });

const tom = seedPerson('Tom Baker');
const rosa = seedPerson('Rosa Vance', '2026-01-06T09:00:00Z');
const budget = seedReflection('2026-02-20T10:00:00Z', [tom], { asked: 'Budget figures from Tom Baker' });
const deadline = seedReflection('2026-02-27T10:00:00Z', [tom, rosa], {
  asked: 'A deadline shared with Rosa',
});
const trashed = seedReflection('2026-03-01T10:00:00Z', [rosa], {
  asked: 'Deleted but kept in the Trash',
  deletedAt: '2026-03-02T10:00:00.000Z',
});
const journal = { people: [tom, rosa], reflections: [budget, deadline, trashed] };

async function openBackups(page: Page) {
  await seedJournal(page, journal);
  const data = new DataPage(page);
  await data.open();
  return new BackupSection(page);
}

async function verified(bytes: Buffer) {
  const result = await verifyBackup(new Uint8Array(bytes));
  if (!result.ok) throw new Error(`The backup did not verify: ${result.reason}`);
  return result;
}

test('"Back up now" downloads a backup of the whole journal that verifies, and the page shows its date', async ({
  page,
}) => {
  const backups = await openBackups(page);
  await expect(backups.lastBackup).toHaveText('No backup yet.');
  await expect(backups.reminder).toContainText('You have not downloaded a backup yet.');

  const file = await backups.backUpNow();
  expect(file.name).toMatch(/^influence-journal-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.json$/);
  const { header, journal: inside } = await verified(file.bytes);
  expect(header.counts).toEqual({
    reflections: 3,
    inTrash: 1,
    people: 2,
    principleSettings: 0,
    reminders: 0,
  });
  expect(inside.reflections.map(({ asked }) => asked).sort()).toEqual([
    'A deadline shared with Rosa',
    'Budget figures from Tom Baker',
    'Deleted but kept in the Trash',
  ]);
  await expect(backups.lastBackup).toHaveText(
    /^Last backup: \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}, 3 reflections \(1 in the Trash\), 2 people\.$/,
  );
  await expect(backups.reminder).toHaveCount(0);
  await page.reload();
  await expect(backups.lastBackup).toContainText('3 reflections (1 in the Trash), 2 people.');
});

test('restoring a backup file gives back the backed-up journal, after downloading a backup of the current one', async ({
  page,
}) => {
  const backups = await openBackups(page);
  const backup = await backups.backUpNow();

  // Since the backup: one reflection edited, one written.
  const edited = {
    ...budget,
    asked: 'Budget figures, edited later',
    updatedAt: '2026-03-10T10:00:00.000Z',
    revision: 2,
  };
  const written = seedReflection('2026-03-09T10:00:00Z', [tom], { asked: 'Written after the backup' });
  await seedJournal(page, { people: [tom, rosa], reflections: [edited, written] });
  await new DataPage(page).open();

  await backups.chooseBackupFile({ name: backup.name, mimeType: 'application/json', buffer: backup.bytes });
  await expect(backups.region.getByText(/^Reflections: /)).toHaveText(
    'Reflections: 0 new, 1 updated, 2 unchanged, 0 skipped',
  );
  await expect(backups.region.getByText(/written since this backup will move to the Trash/)).toContainText(
    '1 ',
  );
  const before = await backups.confirmRestore();
  await expect(backups.region.getByText(/^Restored the backup of /)).toBeVisible();

  const { journal: asItWas } = await verified(before.bytes);
  expect(asItWas.reflections.map(({ asked }) => asked).sort()).toEqual([
    'A deadline shared with Rosa',
    'Budget figures, edited later',
    'Deleted but kept in the Trash',
    'Written after the backup',
  ]);

  // The journal now is what the backup held; what was written since waits in the Trash.
  const { journal: now } = await verified((await backups.backUpNow()).bytes);
  const byAsked = new Map(now.reflections.map((reflection) => [reflection.asked, reflection]));
  expect([...byAsked.keys()].sort()).toEqual([
    'A deadline shared with Rosa',
    'Budget figures from Tom Baker',
    'Deleted but kept in the Trash',
    'Written after the backup',
  ]);
  expect(byAsked.get('Budget figures from Tom Baker')?.deletedAt).toBeNull();
  expect(byAsked.get('Written after the backup')?.deletedAt).not.toBeNull();
});

test('a damaged backup file is refused with the reason, and nothing changes', async ({ page }) => {
  const backups = await openBackups(page);
  const backup = await backups.backUpNow();
  const damaged = Buffer.from(
    backup.text.replace('Budget figures from Tom Baker', 'Budget figures from Tom Bakex'),
  );
  await backups.button('Restore from backup').click();
  await backups.region.getByLabel('Choose a backup file', { exact: true }).setInputFiles({
    name: backup.name,
    mimeType: 'application/json',
    buffer: damaged,
  });
  await expect(backups.region.getByRole('alert')).toHaveText(
    'This backup cannot be restored: its checksum does not match: the file was changed or damaged.',
  );
  await expect(backups.button('Restore')).toHaveCount(0);
});
