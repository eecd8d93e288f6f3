import { expect, type Locator, type Page } from '@playwright/test';

export const principleTitles = [
  'Empowered adults',
  'Sphere of influence',
  "Negotiate, don't manipulate",
  'Build partnerships',
] as const;

export const stepTitles = [
  'The conversation',
  ...principleTitles,
  'Outcome and next step',
  'Review and save',
] as const;

/** The "New reflection" / "Edit reflection" page: the guided steps, the quick note and autosave. */
export class ReflectionFlow {
  readonly who: Locator;
  readonly relationship: Locator;
  readonly occurredAt: Locator;
  readonly asked: Locator;
  readonly whatHappened: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly saveButton: Locator;
  readonly quickNoteButton: Locator;
  readonly continueInFullButton: Locator;
  readonly saveStatus: Locator;
  readonly stepList: Locator;
  readonly errorSummary: Locator;
  /** Shown when another window or tab wrote this reflection first. */
  readonly conflictNotice: Locator;
  readonly conflictText: Locator;

  constructor(readonly page: Page) {
    this.who = page.getByRole('combobox', { name: 'Who was it with?' });
    this.relationship = page.getByLabel('Relationship', { exact: true });
    this.occurredAt = page.getByLabel('When did it happen?');
    this.asked = page.getByLabel('What did you ask for?');
    this.whatHappened = page.getByLabel('What happened?', { exact: true });
    this.nextButton = page.getByRole('button', { name: 'Next', exact: true });
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.saveButton = page.getByRole('button', { name: 'Save reflection', exact: true });
    this.quickNoteButton = page.getByRole('button', { name: 'Quick note', exact: true });
    this.continueInFullButton = page.getByRole('button', { name: 'Continue in full reflection' });
    this.saveStatus = page
      .getByRole('status')
      .filter({ hasText: /^(Saves as you type|Saving…|Saved|Saved what fits.*|Not saved.*)$/ });
    this.stepList = page.getByRole('navigation', { name: 'Reflection steps' });
    this.errorSummary = page.getByRole('region', { name: /things are needed before this can be saved/ });
    this.conflictNotice = page.getByRole('region', {
      name: 'This reflection was changed in another window.',
    });
    this.conflictText = this.conflictNotice.getByRole('textbox', { name: 'What you wrote here' });
  }

  pageHeading(name: 'New reflection' | 'Edit reflection'): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  stepHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }

  stepButton(title: string): Locator {
    return this.stepList.getByRole('button', { name: new RegExp(`^\\d+ ${escapeRegExp(title)}`) });
  }

  option(name: string): Locator {
    return this.page.getByRole('listbox').getByRole('option', { name, exact: true });
  }

  chipRemoveButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Remove ${name}`, exact: true });
  }

  radioGroup(name: string): Locator {
    return this.page.getByRole('radiogroup', { name, exact: true });
  }

  rating(value: 1 | 2 | 3 | 4 | 5): Locator {
    return this.radioGroup('How well did you apply this?').getByRole('radio', {
      name: String(value),
      exact: true,
    });
  }

  outcome(name: 'Achieved' | 'Partly achieved' | 'Not yet' | 'Made it worse'): Locator {
    return this.radioGroup('Outcome').getByRole('radio', { name, exact: true });
  }

  tactic(name: string): Locator {
    return this.page.getByRole('checkbox', { name, exact: true });
  }

  async openNew(): Promise<void> {
    await this.page.goto('#/new');
    await expect(this.pageHeading('New reflection')).toBeVisible();
    await expect(this.stepHeading('The conversation')).toBeVisible();
  }

  /**
   * Picks someone through the combobox by mouse; adds them when nobody has that name yet. Their
   * whole name typed, someone already in the journal is offered as "Use …".
   */
  async choosePerson(name: string, { isNew }: { isNew: boolean }): Promise<void> {
    await this.who.click();
    await this.who.fill(name);
    await this.option(isNew ? `Add "${name}"` : `Use ${name}`).click();
    await expect(this.chipRemoveButton(name)).toBeVisible();
  }

  async goToStep(title: string): Promise<void> {
    await this.stepButton(title).click();
    await expect(this.stepHeading(title)).toBeVisible();
  }

  async next(expectedTitle: string): Promise<void> {
    await this.nextButton.click();
    await expect(this.stepHeading(expectedTitle)).toBeVisible();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** Presses Tab (or Shift+Tab) until the target has focus: how a keyboard user gets there. */
  async tabTo(target: Locator, { backwards = false, limit = 60 } = {}): Promise<void> {
    const handle = await target.elementHandle();
    for (let presses = 0; presses < limit; presses += 1) {
      if (await this.page.evaluate((element) => element === document.activeElement, handle)) break;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    await handle?.dispose();
    await expect(target).toBeFocused();
  }

  async expectOnEntryPage(): Promise<string> {
    await expect(this.page).toHaveURL(/#\/reflections\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('status').filter({ hasText: 'Reflection saved.' })).toBeVisible();
    const match = /#\/reflections\/([0-9a-f-]{36})$/.exec(this.page.url());
    if (match?.[1] === undefined) throw new Error(`Not an entry page: ${this.page.url()}`);
    return match[1];
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
