import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { PreparationPages } from '../pages/PreparationPages';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';

async function expectAxeCleanInBothThemes(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectNoSeriousAxeViolations(page);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('prepare before, reflect after', () => {
  test('a conversation prepared a few minutes ahead waits for its reflection, and the entry shows plan beside outcome', async ({
    page,
  }) => {
    // Five pages scanned by axe in two themes, on two cores shared with other work.
    test.setTimeout(420_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.clock.install({ time: new Date('2026-03-10T10:00:00') });
    const prep = new PreparationPages(page);
    await prep.openFromJournal();

    await prep.choosePerson('Tom', { isNew: true });
    await prep.when.fill('2026-03-10T10:05');
    await prep.goal.fill('A launch date we both commit to');
    await prep.principleNotes('Empowered adults').fill('I bring the plan myself instead of escalating.');
    await prep.objections.fill('Too busy: offer to draft the timeline for him.');
    await prep.opening.fill('Thank him for the demo last week.');
    await expect(prep.remindAfter).toHaveValue('30');
    await expect(prep.saveStatus).toHaveText('Saved');
    await expectAxeCleanInBothThemes(page);

    await prep.saveButton.click();
    await prep.expectOnPlanPage();
    await expect(page.getByText('A launch date we both commit to')).toBeVisible();
    await expectAxeCleanInBothThemes(page);

    await page.goto('#/journal');
    await expect(prep.comingUp.getByRole('link', { name: 'With Tom', exact: true })).toBeVisible();
    await expect(prep.waiting).toHaveCount(0);

    // The conversation's time passes with the journal open.
    await page.clock.fastForward('06:00');
    await expect(prep.waiting.getByRole('link', { name: 'With Tom', exact: true })).toBeVisible();
    await expect(prep.comingUp).toHaveCount(0);
    await expectAxeCleanInBothThemes(page);

    await prep.waiting.getByRole('link', { name: /^Reflect now/ }).click();
    const flow = new ReflectionFlow(page);
    await expect(flow.stepHeading('The conversation')).toBeVisible();
    const plan = page.getByRole('complementary', { name: 'What you planned' });
    await expect(plan.getByText('A launch date we both commit to')).toBeVisible();
    await expect(plan.getByText('Thank him for the demo last week.')).toBeVisible();
    await expect(flow.chipRemoveButton('Tom')).toBeVisible();
    await expect(flow.asked).toHaveValue('A launch date we both commit to');
    await flow.whatHappened.fill('He agreed to 2 April if I draft the timeline.');
    await flow.expectSaved();
    // The plan waits until the reflection is saved; "Reflect now" again continues this draft.
    const draftAddress = page.url();
    await page.goto('#/journal');
    await prep.waiting.getByRole('link', { name: /^Reflect now/ }).click();
    await expect(flow.whatHappened).toHaveValue('He agreed to 2 April if I draft the timeline.');
    expect(page.url()).toBe(draftAddress);
    await flow.goToStep('Empowered adults');
    await expect(plan.getByText('I bring the plan myself instead of escalating.')).toBeVisible();
    await flow.goToStep('Outcome and next step');
    await expect(plan.getByText('Too busy: offer to draft the timeline for him.')).toBeVisible();
    await expect(page.getByLabel('What did you expect to happen?')).toHaveValue(
      'A launch date we both commit to',
    );
    await page.getByLabel('What actually happened?').fill('A date, with a condition.');
    await flow.goToStep('Review and save');
    await expect(plan.getByText('Thank him for the demo last week.')).toBeVisible();
    await expectAxeCleanInBothThemes(page);
    await flow.saveButton.click();
    await flow.expectOnEntryPage();

    const planColumn = page.getByRole('region', { name: 'Plan', exact: true });
    const outcomeColumn = page.getByRole('region', { name: 'What happened', exact: true });
    await expect(planColumn.getByText('A launch date we both commit to')).toBeVisible();
    await expect(outcomeColumn.getByText('He agreed to 2 April if I draft the timeline.')).toBeVisible();
    const planBox = await planColumn.boundingBox();
    const outcomeBox = await outcomeColumn.boundingBox();
    if (planBox === null || outcomeBox === null) throw new Error('The plan or the outcome is not on screen');
    // Side by side: the plan on the left, the outcome to its right, both starting at the same height.
    expect(planBox.x + planBox.width).toBeLessThanOrEqual(outcomeBox.x);
    expect(Math.abs(planBox.y - outcomeBox.y)).toBeLessThan(4);
    await expectAxeCleanInBothThemes(page);

    // Reflected on: it no longer waits.
    await page.goto('#/journal');
    await expect(page.getByRole('link', { name: 'Prepare a conversation', exact: true })).toBeVisible();
    await expect(prep.waiting).toHaveCount(0);
  });
});

test.describe('no plan out of reach', () => {
  test('an unfinished plan is listed in a second tab as it opens, goes to the Trash and back, and is on its person’s page', async ({
    context,
    page,
  }) => {
    // Two tabs, a dozen page loads and two axe passes in two themes: about 25 s on an idle
    // machine, more than twice that on two busy cores.
    test.setTimeout(120_000);
    const prep = new PreparationPages(page);
    await prep.openFromJournal();
    await prep.choosePerson('Dana Fox', { isNew: true });
    await prep.goal.fill('A budget we can both defend');
    await expect(prep.saveStatus).toHaveText('Saved');
    await new AppShell(page).goTo('Journal');
    await expect(prep.unfinished).toContainText('A budget we can both defend');
    await expectAxeCleanInBothThemes(page);

    // A second tab opens while the first lists the plan: it must start and show the plan too.
    const otherTab = await context.newPage();
    const other = new PreparationPages(otherTab);
    await new AppShell(otherTab).open('#/journal');
    await expect(other.unfinished).toContainText('A budget we can both defend');
    await other.unfinished
      .getByRole('link', { name: 'Continue the plan for the conversation with Dana Fox', exact: true })
      .click();
    await expect(other.goal).toHaveValue('A budget we can both defend');

    await prep.unfinished.getByRole('link', { name: 'With Dana Fox', exact: true }).click();
    await page.getByRole('button', { name: 'Move to Trash', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();
    await expect(prep.unfinished).toHaveCount(0);

    await new AppShell(otherTab).open('#/trash');
    await expect(other.deletedPlans).toContainText('A budget we can both defend');
    await expectAxeCleanInBothThemes(otherTab);
    await other.deletedPlans
      .getByRole('button', { name: 'Restore the plan with Dana Fox', exact: true })
      .click();
    await expect(otherTab.getByText('Plan restored to the journal.')).toBeVisible();
    // The first tab was not reloaded: its live query saw the plan come back.
    await expect(prep.unfinished).toContainText('A budget we can both defend');

    await new AppShell(page).goTo('People');
    await page.getByRole('link', { name: 'Dana Fox', exact: true }).click();
    await expect(prep.personPlans('Dana Fox')).toContainText('A budget we can both defend');
  });
});
