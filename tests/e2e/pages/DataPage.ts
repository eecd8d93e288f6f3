import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';

/** The Data page: Export and Import, by the names and labels the person sees. */
export class DataPage {
  readonly heading: Locator;
  readonly exportSection: Locator;
  readonly importSection: Locator;
  readonly exportCount: Locator;
  readonly exportStatus: Locator;
  readonly importStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Data', exact: true });
    this.exportSection = page.getByRole('region', { name: 'Export', exact: true });
    this.importSection = page.getByRole('region', { name: 'Import', exact: true });
    this.exportCount = this.exportSection.getByText(/^This export includes/);
    this.exportStatus = this.exportSection.getByRole('status');
    this.importStatus = this.importSection.getByRole('status');
  }

  async open(): Promise<void> {
    await this.page.goto('#/data');
    await expect(this.heading).toBeVisible();
    await expect(this.exportCount).toBeVisible();
  }

  exportButton(name: 'Export JSON' | 'Export Markdown' | 'Export CSV' | 'Export PDF report'): Locator {
    return this.exportSection.getByRole('button', { name, exact: true });
  }

  /** Clicks an export button and returns the downloaded file's bytes and suggested name. */
  async download(
    name: 'Export JSON' | 'Export Markdown' | 'Export CSV',
  ): Promise<{ name: string; bytes: Buffer; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.exportButton(name).click(),
    ]);
    return readDownload(download);
  }

  async chooseNames(label: 'Real names' | 'Replace names with initials' | 'Replace names with labels') {
    await this.exportSection.getByRole('radio', { name: label, exact: true }).check();
  }

  async encryptWith(passphrase: string, confirmation = passphrase): Promise<void> {
    await this.exportSection.getByRole('checkbox', { name: 'Encrypt with a passphrase' }).check();
    await this.exportSection.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await this.exportSection.getByLabel('Confirm passphrase', { exact: true }).fill(confirmation);
  }

  async chooseImportFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.importSection.getByLabel('Import file', { exact: true }).setInputFiles(file);
  }

  importAlert(): Locator {
    return this.importSection.getByRole('alert');
  }
}

export async function readDownload(
  download: Download,
): Promise<{ name: string; bytes: Buffer; text: string }> {
  const path = await download.path();
  const bytes = await readFile(path);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}
