import { expect, type Locator, type Page } from '@playwright/test';
import { readDownload } from './DataPage';

/** The Data page's "Backups" section, by the names and labels the person sees. */
export class BackupSection {
  readonly region: Locator;
  readonly lastBackup: Locator;
  readonly status: Locator;
  readonly reminder: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Backups', exact: true });
    this.lastBackup = this.region.getByText(/^(Last backup: |No backup yet\.)/);
    this.status = this.region.getByRole('status').last();
    this.reminder = this.region.getByRole('note');
  }

  button(name: 'Back up now' | 'Restore from backup' | 'Download a backup' | 'Restore' | 'Cancel'): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  /** Clicks "Back up now" and returns the downloaded backup. */
  async backUpNow(): Promise<{ name: string; bytes: Buffer; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.button('Back up now').click(),
    ]);
    return readDownload(download);
  }

  async chooseBackupFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.button('Restore from backup').click();
    await this.region.getByLabel('Choose a backup file', { exact: true }).setInputFiles(file);
    await expect(
      this.region.getByRole('heading', { name: /^Before restoring the backup of / }),
    ).toBeFocused();
  }

  /** Confirms the restore and returns the backup of the journal as it was, downloaded first. */
  async confirmRestore(): Promise<{ name: string; bytes: Buffer; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.button('Restore').click(),
    ]);
    return readDownload(download);
  }
}
