import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../../scripts/electronBinary.mjs';
import { USER_DATA_ENV } from '../../../shared/app/identity';
import { verifyBackup } from '../../../shared/backup/verifyBackup';
import { BackupSection } from '../pages/BackupSection';
import { expectNoSeriousAxeViolations } from '../support/axe';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const binary = findElectronBinary();

test.describe('backups in the desktop app', () => {
  test.skip(!binary.found, binary.found ? '' : `no Electron binary: ${binary.reason}`);

  let app: ElectronApplication;
  let window: Page;
  let userData: string;

  async function launch(): Promise<void> {
    if (!binary.found) return;
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    app = await electron.launch({
      executablePath: binary.path,
      args: [projectRoot, ...(isRoot ? ['--no-sandbox'] : [])],
      env: { ...process.env, [USER_DATA_ENV]: userData },
    });
    window = await app.firstWindow();
  }

  test.beforeEach(async () => {
    if (!binary.found) return;
    userData = await mkdtemp(path.join(os.tmpdir(), 'influence-journal-backups-e2e-'));
    await launch();
  });

  test.afterEach(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('"Back up now" writes a verified backup into backups/ in the data folder and lists it', async () => {
    await window.goto('app://journal/index.html#/data');
    const backups = new BackupSection(window);
    await backups.button('Back up now').click();
    await expect(backups.status).toHaveText(/^Backed up: /);
    await expect(backups.lastBackup).toHaveText(/^Last backup: /);
    const folder = path.join(userData, 'journal-files', 'backups');
    const [name] = await readdir(folder);
    expect(name).toMatch(/^influence-journal-backup-.*\.json$/);
    const result = await verifyBackup(new Uint8Array(await readFile(path.join(folder, name ?? ''))));
    expect(result.ok).toBe(true);
    await backups.button('Restore from backup').click();
    await expect(backups.region.getByRole('button', { name: /^Preview the backup of / })).toHaveCount(1);
    await expectNoSeriousAxeViolations(window);
  });
});
