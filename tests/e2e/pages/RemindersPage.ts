import { expect, type Locator, type Page } from '@playwright/test';

/** The Reminders page: its list, the add/edit form, quiet hours and the test button. */
export class RemindersPage {
  readonly heading: Locator;
  readonly list: Locator;
  /** One-off reminders that have fired. */
  readonly past: Locator;
  readonly form: Locator;
  readonly quietHours: Locator;
  readonly testButton: Locator;
  readonly testResult: Locator;
  readonly announcement: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Reminders', exact: true });
    this.list = page.getByRole('list', { name: 'Your reminders' });
    this.past = page.getByRole('list', { name: 'Past' });
    this.form = page.getByRole('form', { name: /^(New|Edit) reminder$/ });
    this.quietHours = page.getByRole('form', { name: 'Quiet hours' });
    this.testButton = page.getByRole('button', { name: 'Send a test notification', exact: true });
    this.testResult = page.getByRole('region', { name: 'Check notifications' }).getByRole('status');
    this.announcement = page.locator('.reminder-announcement');
  }

  async open(): Promise<void> {
    await this.page.goto('#/reminders');
    await expect(this.heading).toBeVisible();
  }

  item(title: string): Locator {
    return this.list.getByRole('listitem', { name: title, exact: true });
  }

  pastItem(title: string): Locator {
    return this.past.getByRole('listitem', { name: title, exact: true });
  }

  itemButton(title: string, name: string): Locator {
    return this.item(title).getByRole('button', { name, exact: true });
  }

  async fillForm(fields: {
    title?: string;
    kind?: 'Rhythm' | 'Follow-up' | 'After a conversation';
    repeat?: 'Every day' | 'On chosen days' | 'Once a week';
    date?: string;
    time?: string;
  }): Promise<void> {
    const { form } = this;
    if (fields.title !== undefined) await form.getByLabel('Title', { exact: true }).fill(fields.title);
    if (fields.kind !== undefined)
      await form.getByLabel('Kind', { exact: true }).selectOption({ label: fields.kind });
    if (fields.repeat !== undefined)
      await form.getByRole('radio', { name: fields.repeat, exact: true }).check();
    if (fields.date !== undefined) await form.getByLabel('Date', { exact: true }).fill(fields.date);
    if (fields.time !== undefined) await form.getByLabel('Time', { exact: true }).fill(fields.time);
  }

  /** Adds an after-a-conversation reminder for one date and time and waits for it in the list. */
  async addOnce(title: string, date: string, time: string): Promise<void> {
    await this.fillForm({ title, kind: 'After a conversation', date, time });
    await this.form.getByRole('button', { name: 'Add reminder', exact: true }).click();
    await expect(this.item(title)).toBeVisible();
  }

  async addDaily(title: string, time: string): Promise<void> {
    await this.fillForm({ title, kind: 'Rhythm', repeat: 'Every day', time });
    await this.form.getByRole('button', { name: 'Add reminder', exact: true }).click();
    await expect(this.item(title)).toBeVisible();
  }
}
