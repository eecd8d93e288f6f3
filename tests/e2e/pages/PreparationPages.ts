import { expect, type Locator, type Page } from '@playwright/test';

/** "Prepare a conversation": the form, the plan's own page, and the plans on the Journal page. */
export class PreparationPages {
  readonly who: Locator;
  readonly when: Locator;
  readonly goal: Locator;
  readonly objections: Locator;
  readonly opening: Locator;
  readonly remindAfter: Locator;
  readonly saveButton: Locator;
  readonly saveStatus: Locator;
  readonly waiting: Locator;
  readonly comingUp: Locator;
  readonly unfinished: Locator;
  readonly deletedPlans: Locator;

  constructor(readonly page: Page) {
    this.who = page.getByRole('combobox', { name: 'Who is it with?' });
    this.when = page.getByLabel('When is it?', { exact: true });
    this.goal = page.getByLabel('What do you want from it?', { exact: true });
    this.objections = page.getByLabel('Likely objections and my answers', { exact: true });
    this.opening = page.getByLabel('How will I open?', { exact: true });
    this.remindAfter = page.getByLabel('Remind me to reflect', { exact: true });
    this.saveButton = page.getByRole('button', { name: 'Save preparation', exact: true });
    this.saveStatus = page
      .getByRole('status')
      .filter({ hasText: /^(Saves as you type|Saving…|Saved|Not saved.*)$/ });
    this.waiting = page.getByRole('region', { name: 'Waiting for reflection', exact: true });
    this.comingUp = page.getByRole('region', { name: 'Coming up', exact: true });
    this.unfinished = page.getByRole('region', { name: 'Unfinished plans', exact: true });
    this.deletedPlans = page.getByRole('list', { name: 'Deleted plans', exact: true });
  }

  /** "Plans with <name>" on that person's page. */
  personPlans(name: string): Locator {
    return this.page.getByRole('region', { name: `Plans with ${name}`, exact: true });
  }

  principleNotes(title: string): Locator {
    return this.page.getByRole('group', { name: 'The principles' }).getByLabel(title, { exact: true });
  }

  /** From the Journal page, as a person would start one. */
  async openFromJournal(): Promise<void> {
    await this.page.goto('#/journal');
    await this.page.getByRole('link', { name: 'Prepare a conversation', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Prepare a conversation' })).toBeVisible();
  }

  async choosePerson(name: string, { isNew }: { isNew: boolean }): Promise<void> {
    await this.who.click();
    await this.who.fill(name);
    await this.page.getByRole('option', { name: isNew ? `Add "${name}"` : `Use ${name}` }).click();
    await expect(this.page.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
  }

  /** After "Save preparation": the plan's page, confirming the save. Gives the plan's id. */
  async expectOnPlanPage(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/preparations\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('status').filter({ hasText: /^Preparation saved\./ })).toBeVisible();
    const match = /#\/preparations\/([0-9a-f-]{36})$/.exec(this.page.url());
    if (match?.[1] === undefined) throw new Error(`Not a preparation page: ${this.page.url()}`);
    return match[1];
  }
}
