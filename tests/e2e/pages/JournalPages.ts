import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The Journal page: the virtualized list of reflections, its filter, and the Undo message. */
export class JournalPage {
  readonly shell: AppShell;
  readonly heading: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly weekHeadings: Locator;
  readonly trashLink: Locator;
  readonly status: Locator;
  readonly undoButton: Locator;
  readonly startReflectionLink: Locator;
  readonly endOfJournal: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    const main = page.getByRole('main');
    this.heading = this.shell.heading('Journal');
    this.list = main.getByRole('list', { name: 'Reflections', exact: true });
    this.rows = this.list.getByRole('listitem');
    this.weekHeadings = this.list.getByRole('heading', { level: 2 });
    this.trashLink = main.getByRole('link', { name: 'Trash', exact: true });
    // Other features (due reminders) keep their own status regions in the page; this one is the Undo notice.
    this.status = main.getByRole('status').filter({ hasText: /^Reflection (moved to the Trash|restored)\./ });
    this.undoButton = main.getByRole('button', { name: 'Undo', exact: true });
    this.startReflectionLink = main.getByRole('link', { name: 'Start a reflection', exact: true });
    this.endOfJournal = main.getByText('That is the first reflection in your journal.');
  }

  async open(): Promise<void> {
    await this.shell.open('#/journal');
    await expect(this.heading).toBeVisible();
  }

  filter(name: 'All reflections' | 'Drafts'): Locator {
    return this.page.getByRole('group', { name: 'Show' }).getByRole('button', { name, exact: true });
  }

  /** A row's link by the reflection's id: ids are not visible text, the link's address holds it. */
  rowLink(reflectionId: string): Locator {
    return this.list.locator(`a[href="#/reflections/${reflectionId}"]`);
  }

  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Scrolls the window to the bottom until `target` is visible; each scroll may load an older page. */
  async scrollUntilVisible(target: Locator): Promise<void> {
    await expect(async () => {
      await this.page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect(target).toBeVisible({ timeout: 250 });
    }).toPass({ timeout: 30_000, intervals: [50] });
  }
}

/** One reflection (/reflections/:id). */
export class EntryPage {
  readonly heading: Locator;
  readonly editLink: Locator;
  readonly starButton: Locator;
  readonly deleteButton: Locator;
  readonly restoreButton: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Reflection', exact: true });
    this.editLink = main.getByRole('link', { name: 'Edit', exact: true });
    this.starButton = main.getByRole('button', { name: 'Star', exact: true });
    this.deleteButton = main.getByRole('button', { name: 'Delete', exact: true });
    this.restoreButton = main.getByRole('button', { name: 'Restore', exact: true });
  }

  async open(reflectionId: string): Promise<void> {
    await this.page.goto(`#/reflections/${reflectionId}`);
    await expect(this.heading).toBeVisible();
  }

  /** A part of the entry by its heading ("What you asked for", "Principles", ...). */
  section(title: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('heading', { level: 2, name: title, exact: true })
      .locator('..');
  }
}

/** The Trash (/trash). */
export class TrashPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly emptyMessage: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = new AppShell(page).heading('Trash');
    this.list = main.getByRole('list', { name: 'Deleted reflections', exact: true });
    this.emptyMessage = main.getByText('The Trash is empty.');
    this.status = main.getByRole('status').filter({ hasText: /Restored to the journal|Deleted for good/ });
  }

  item(text: string): Locator {
    return this.list.getByRole('listitem').filter({ hasText: text });
  }

  async restore(text: string): Promise<void> {
    await this.item(text).getByRole('button', { name: 'Restore', exact: true }).click();
  }

  async deleteForever(text: string): Promise<void> {
    const item = this.item(text);
    await item.getByRole('button', { name: 'Delete forever', exact: true }).click();
    await item.getByRole('button', { name: 'Yes, delete forever', exact: true }).click();
  }
}

/** The People page (/people). */
export class PeoplePage {
  readonly heading: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = new AppShell(page).heading('People');
    this.list = page.getByRole('main').getByRole('list', { name: 'People', exact: true });
  }

  async open(): Promise<void> {
    await new AppShell(this.page).open('#/people');
    await expect(this.heading).toBeVisible();
  }

  person(name: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}

/** One person (/people/:id): details form and their reflections. */
export class PersonPage {
  readonly nameField: Locator;
  readonly roleField: Locator;
  readonly saveButton: Locator;
  readonly saved: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.nameField = main.getByRole('textbox', { name: 'Name', exact: true });
    this.roleField = main.getByRole('textbox', { name: 'Role', exact: true });
    this.saveButton = main.getByRole('button', { name: 'Save', exact: true });
    this.saved = main.getByRole('status').filter({ hasText: 'Saved.' });
  }

  heading(name: string): Locator {
    return new AppShell(this.page).heading(name);
  }

  reflections(name: string): Locator {
    return this.page.getByRole('main').getByRole('list', { name: `Reflections about ${name}`, exact: true });
  }

  async rename(name: string): Promise<void> {
    await this.nameField.fill(name);
    await this.saveButton.click();
    await expect(this.saved).toBeVisible();
  }
}
