import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { principleTitles, ReflectionFlow, stepTitles } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';

test.describe('writing a reflection', () => {
  test('a whole guided reflection by keyboard alone, from New reflection to Save reflection', async ({
    page,
  }) => {
    // Dozens of single key presses, each a round trip to the browser.
    test.setTimeout(60_000);
    const shell = new AppShell(page);
    const flow = new ReflectionFlow(page);
    const keyboard = page.keyboard;
    await shell.open();

    await flow.tabTo(shell.newReflectionButton);
    await keyboard.press('Enter');
    await expect(flow.pageHeading('New reflection')).toBeFocused();

    await flow.tabTo(flow.who);
    await keyboard.type('Morgan Reyes');
    await expect(flow.option('Add "Morgan Reyes"')).toBeVisible();
    await keyboard.press('ArrowDown');
    await keyboard.press('Enter');
    await expect(flow.chipRemoveButton('Morgan Reyes')).toBeVisible();
    await expect(flow.who).toBeFocused();
    await expect(flow.who).toHaveValue('');

    // Past the chip's own Remove button to the next field.
    await flow.tabTo(flow.relationship);
    await keyboard.press('p');
    await expect(flow.relationship).toHaveValue('peer');
    await flow.tabTo(flow.asked);
    await keyboard.type('Two days of design time before the launch review');

    await flow.tabTo(flow.nextButton);
    await keyboard.press('Enter');
    await expect(flow.stepHeading('Empowered adults')).toBeFocused();
    await expect(page.getByText('Step 2 of 7')).toBeVisible();
    // The group's first choice is "Not this time"; the arrow keys move on to the ratings.
    await flow.tabTo(
      flow.radioGroup('How well did you apply this?').getByRole('radio', { name: 'Not this time' }),
    );
    await keyboard.press('Space');
    for (let press = 0; press < 4; press += 1) await keyboard.press('ArrowRight');
    await expect(flow.rating(4)).toBeChecked();

    // Sphere of influence is skipped: Next works with nothing filled in.
    await flow.tabTo(flow.nextButton);
    await keyboard.press('Enter');
    await expect(flow.stepHeading('Sphere of influence')).toBeFocused();
    await flow.tabTo(flow.nextButton);
    await keyboard.press('Enter');

    await expect(flow.stepHeading("Negotiate, don't manipulate")).toBeFocused();
    await flow.tabTo(flow.tactic('Asked about their priorities'));
    await keyboard.press('Space');
    await expect(flow.tactic('Asked about their priorities')).toBeChecked();
    await flow.tabTo(flow.nextButton);
    await keyboard.press('Enter');
    await expect(flow.stepHeading('Build partnerships')).toBeFocused();
    await flow.tabTo(flow.nextButton);
    await keyboard.press('Enter');

    await expect(flow.stepHeading('Outcome and next step')).toBeFocused();
    await flow.tabTo(flow.outcome('Achieved'));
    await keyboard.press('ArrowRight');
    await expect(flow.outcome('Partly achieved')).toBeChecked();
    await flow.tabTo(page.getByLabel('What did you learn?'));
    await keyboard.type('Asking what they needed first changed the tone.');
    await flow.tabTo(page.getByLabel('Next step', { exact: true }));
    await keyboard.type('Send the one-page plan on Monday');
    await flow.tabTo(page.getByLabel('Tags'));
    await keyboard.type('launch,');
    await expect(page.getByRole('button', { name: 'Remove tag launch' })).toBeVisible();

    await flow.tabTo(flow.nextButton);
    await keyboard.press('Enter');
    await expect(flow.stepHeading('Review and save')).toBeFocused();
    await expect(page.getByText('Morgan Reyes')).toBeVisible();
    await flow.tabTo(flow.saveButton);
    await keyboard.press('Enter');
    await flow.expectOnEntryPage();
  });

  test('adds a new person, rates principles, and a pressure tactic gets a gentle note in the review', async ({
    page,
  }) => {
    const shell = new AppShell(page);
    const flow = new ReflectionFlow(page);
    await shell.open();
    await shell.newReflectionButton.click();

    await flow.choosePerson('Priya Shah', { isNew: true });
    await flow.asked.fill('Two engineers for the migration sprint');
    await flow.next('Empowered adults');
    await flow.rating(4).click();
    await flow.next('Sphere of influence');
    await flow.rating(2).click();
    await flow.next("Negotiate, don't manipulate");
    await flow.tactic('Offered options').check();
    await flow.tactic('Used silence as pressure').check();
    await flow.next('Build partnerships');
    await flow.rating(5).click();

    await flow.goToStep('Review and save');
    const note = page.getByRole('region', { name: 'Worth a thought' }).getByRole('listitem');
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('You noted "Used silence as pressure"');
    await expect(note).toContainText('say plainly what you need');
    await expect(page.getByText(/Empowered adults: .*rated 4 of 5/)).toBeVisible();
    await expect(page.getByText(/Sphere of influence: .*rated 2 of 5/)).toBeVisible();
    await expect(page.getByText('Priya Shah')).toBeVisible();

    await flow.saveButton.click();
    await flow.expectOnEntryPage();

    // The new person is now someone the combobox finds by name.
    await shell.newReflectionButton.click();
    await flow.who.fill('pri');
    await expect(flow.option('Priya Shah')).toBeVisible();
    await expect(flow.option('Add "pri"')).toBeVisible();
  });

  test('a reload in the middle of a draft reopens it at the same step with the text intact', async ({
    page,
  }) => {
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await expect(page).not.toHaveURL(/draft=/);

    await flow.asked.fill('A slot in the next release train');
    await expect(page).toHaveURL(/draft=[0-9a-f-]{36}/);
    await flow.next('Empowered adults');
    await flow.next('Sphere of influence');
    const sharedGoal = page.getByLabel('What goal do we share?');
    await sharedGoal.fill('We both answer for customer churn');
    await flow.expectSaved();

    await page.reload();
    await expect(flow.stepHeading('Sphere of influence')).toBeVisible();
    await expect(page.getByText('Step 3 of 7')).toBeVisible();
    await expect(sharedGoal).toHaveValue('We both answer for customer churn');
    await flow.goToStep('The conversation');
    await expect(flow.asked).toHaveValue('A slot in the next release train');
  });

  test('saving without a person names the problem beside "Who was it with?" and keeps everything typed', async ({
    page,
  }) => {
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.asked.fill('Sign-off on the revised budget');
    await flow.goToStep('Build partnerships');
    await page.getByLabel('What will we do together next?').fill('Review the numbers on Friday');
    await flow.goToStep('Review and save');
    await flow.saveButton.click();

    await expect(flow.errorSummary).toBeFocused();
    await expect(page).toHaveURL(/#\/new\?/);
    await flow.errorSummary.getByRole('button', { name: 'Add at least one person' }).click();
    await expect(flow.stepHeading('The conversation')).toBeVisible();
    await expect(flow.who).toBeFocused();
    await expect(flow.who).toHaveAccessibleDescription(/Add at least one person/);
    await expect(flow.who).toHaveAttribute('aria-invalid', 'true');
    await expect(flow.asked).toHaveValue('Sign-off on the revised budget');
    await expect(flow.stepButton('The conversation')).toHaveAccessibleName(/needs attention/);

    await flow.choosePerson('Jordan Lee', { isNew: true });
    await expect(flow.who).not.toHaveAttribute('aria-invalid');
    await expect(flow.errorSummary).toBeHidden();
    await flow.goToStep('Build partnerships');
    await expect(page.getByLabel('What will we do together next?')).toHaveValue(
      'Review the numbers on Friday',
    );
    await flow.goToStep('Review and save');
    await flow.saveButton.click();
    await flow.expectOnEntryPage();
  });

  test('a quick note saves in one form and can later continue as a full reflection', async ({ page }) => {
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.quickNoteButton.click();
    await expect(flow.stepHeading('Quick note')).toBeFocused();

    await flow.choosePerson('Alex Kim', { isNew: true });
    await flow.whatHappened.fill('Asked for a review slot; they offered Thursday instead.');
    await flow.outcome('Partly achieved').check();
    await page.getByLabel('Principle it touched').selectOption({ label: 'Build partnerships' });

    // Without "What happened?" it stays a draft and says what is missing, beside the field.
    await flow.whatHappened.fill('');
    await flow.saveButton.click();
    await expect(flow.errorSummary).toBeFocused();
    await expect(flow.whatHappened).toHaveAccessibleDescription(/“What happened\?” is required/);
    await flow.whatHappened.fill('Asked for a review slot; they offered Thursday instead.');
    await flow.asked.fill('A design review before the freeze');
    await flow.saveButton.click();
    const id = await flow.expectOnEntryPage();

    await page.goto(`#/reflections/${id}/edit`);
    await expect(flow.pageHeading('Edit reflection')).toBeVisible();
    await expect(flow.stepHeading('Quick note')).toBeVisible();
    await expect(flow.whatHappened).toHaveValue('Asked for a review slot; they offered Thursday instead.');
    await flow.continueInFullButton.click();
    await expect(flow.stepHeading('The conversation')).toBeFocused();
    await expect(flow.chipRemoveButton('Alex Kim')).toBeVisible();
    await expect(flow.asked).toHaveValue('A design review before the freeze');
    await flow.goToStep('Build partnerships');
    await expect(flow.radioGroup('How well did you apply this?')).toContainText('Marked as applied');
    await flow.goToStep('Outcome and next step');
    await expect(flow.outcome('Partly achieved')).toBeChecked();
  });

  test('the open people picker and the first principle step have no serious accessibility violation', async ({
    page,
  }) => {
    // themes.spec scans the flow's other steps, its error list and the quick note in light, dark and
    // forced colours; the four principle steps are one component, so one of them stands for all.
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.who.fill('Sam');
    await expect(flow.option('Add "Sam"')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await flow.option('Add "Sam"').click();
    await flow.goToStep(principleTitles[0]);
    await expect(flow.stepHeading(principleTitles[0])).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('at 800x600 every step keeps its Next (or Save) button on screen, without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    for (const [index, title] of stepTitles.entries()) {
      if (index > 0) await flow.next(title);
      const button = index === stepTitles.length - 1 ? flow.saveButton : flow.nextButton;
      await expect(button).toBeInViewport();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${title} overflows sideways`).toBeLessThanOrEqual(0);
    }
    // Scrolled to the end of the longest step, the buttons are still there.
    await flow.goToStep('Outcome and next step');
    await page.getByLabel('Private').scrollIntoViewIfNeeded();
    await expect(flow.nextButton).toBeInViewport();
    expect(principleTitles).toHaveLength(4);
  });
});
