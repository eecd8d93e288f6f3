import { expect, type Locator, type Page } from '@playwright/test';
import { readDownload } from './DataPage';

/** Coach review and a client's workspace, by the names and labels the coach sees. */
export class CoachReviewPage {
  readonly heading: Locator;
  readonly main: Locator;
  readonly clients: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Coach review', exact: true });
    this.main = page.getByRole('main');
    this.clients = page.getByRole('list', { name: 'Clients', exact: true });
  }

  async open(): Promise<void> {
    await this.page.goto('#/coach');
    await expect(this.heading).toBeVisible();
  }

  /** Chooses a client's export and, for a journal not seen before, names the client. */
  async openClientJournal(
    file: { name: string; mimeType: string; buffer: Buffer },
    clientName?: string,
  ): Promise<void> {
    await this.page.getByLabel('Open client journal', { exact: true }).setInputFiles(file);
    if (clientName === undefined) return;
    await this.page.getByLabel("Client's name", { exact: true }).fill(clientName);
    await this.page.getByRole('button', { name: 'Add client', exact: true }).click();
  }

  client(name: string): Locator {
    return this.clients.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { name, exact: false }),
    });
  }

  async openClient(name: string): Promise<void> {
    await this.client(name).getByRole('link', { name, exact: true }).click();
    await expect(this.workspaceNavigation(name)).toBeVisible();
  }

  workspaceNavigation(clientName: string): Locator {
    return this.page.getByRole('navigation', { name: `${clientName}'s journal`, exact: true });
  }

  async goTo(clientName: string, page: 'Journal' | 'Progress' | 'Search' | 'Summary'): Promise<void> {
    await this.workspaceNavigation(clientName).getByRole('link', { name: page, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: page, exact: true })).toBeVisible();
  }

  /** Opens a reflection from the workspace's journal list by words it shows. */
  async openReflection(text: string): Promise<void> {
    const rows = this.main.getByRole('list', { name: 'Reflections', exact: true }).getByRole('listitem');
    await rows.filter({ hasText: text }).getByRole('link').first().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Reflection', exact: true })).toBeVisible();
  }

  /** Writes a comment on the open reflection as a whole, or on one principle's block. */
  async comment(text: string, principleTitle?: string): Promise<void> {
    const about = principleTitle ?? 'this reflection';
    await this.main
      .getByRole('button', {
        name: principleTitle === undefined ? 'Add comment' : `Add comment on ${about}`,
        exact: true,
      })
      .click();
    await this.main.getByLabel(`Comment on ${about}`, { exact: true }).fill(text);
    await this.main.getByRole('button', { name: 'Save comment', exact: true }).click();
    // The saved comment can show a moment before the form closes; both hold the text until then.
    await expect(this.main.getByLabel(`Comment on ${about}`, { exact: true })).toHaveCount(0);
    await expect(this.main.getByText(text, { exact: true })).toBeVisible();
  }

  async exportFeedback(): Promise<{ name: string; bytes: Buffer; text: string }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.main.getByRole('button', { name: 'Export feedback', exact: true }).click(),
    ]);
    return readDownload(download);
  }

  async removeClient(name: string): Promise<void> {
    await this.client(name)
      .getByRole('button', { name: `Remove client ${name}`, exact: true })
      .click();
    const dialog = this.page.getByRole('alertdialog', { name: `Remove ${name}?` });
    await dialog.getByRole('button', { name: 'Remove', exact: true }).click();
  }
}
