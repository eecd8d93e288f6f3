import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/** The Principles section of Settings: the list with its buttons, the edit form and the add form. */
export class PrincipleSettingsPage {
  readonly section: Locator;
  readonly list: Locator;
  readonly addForm: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Principles', exact: true });
    this.list = this.section.getByRole('list', { name: 'Your principles', exact: true });
    this.addForm = this.section.getByRole('form', { name: 'Add a principle', exact: true });
    this.status = this.section.getByRole('status');
  }

  async open(): Promise<void> {
    await new AppShell(this.page).open('#/settings');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeVisible();
    await expect(this.list).toBeVisible();
  }

  item(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  button(name: string): Locator {
    return this.list.getByRole('button', { name, exact: true });
  }

  editForm(title: string): Locator {
    return this.section.getByRole('form', { name: `Edit ${title}`, exact: true });
  }

  async add(title: string, description = ''): Promise<void> {
    await this.addForm.getByLabel('Principle name', { exact: true }).fill(title);
    await this.addForm.getByLabel('Description', { exact: true }).fill(description);
    await this.addForm.getByRole('button', { name: 'Add principle', exact: true }).click();
    await expect(this.item(title)).toBeVisible();
  }

  async rename(from: string, to: string): Promise<void> {
    await this.button(`Edit ${from}`).click();
    const form = this.editForm(from);
    await form.getByLabel('Principle name', { exact: true }).fill(to);
    await form.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expect(this.item(to)).toBeVisible();
  }

  async hide(title: string): Promise<void> {
    await this.button(`Hide ${title}`).click();
    await expect(this.button(`Show ${title}`)).toBeFocused();
  }
}
