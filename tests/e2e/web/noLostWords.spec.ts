import { expect, test } from '@playwright/test';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';

test.describe('no lost words', () => {
  test('a reload within the autosave pause keeps the last keystrokes', async ({ page }) => {
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.asked.fill('Two more engineers for the migration');
    await flow.expectSaved();

    // Typed, then reloaded at once: the autosave's pause (400 ms) has not passed.
    await flow.asked.pressSequentially(' by Friday');
    await expect(flow.saveStatus).toHaveText('Saving…');
    await page.reload();
    await expect(flow.stepHeading('The conversation')).toBeVisible();
    await expect(flow.asked).toHaveValue('Two more engineers for the migration by Friday');
  });
});

test.describe('text over the limit', () => {
  test('a paste over the limit is kept whole, the field says by how much, and what fits is saved', async ({
    page,
  }) => {
    // Two axe scans: each takes a few seconds on a small machine.
    test.setTimeout(60_000);
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    const pasted = 'x'.repeat(20_250);
    await flow.whatHappened.focus();
    await flow.whatHappened.fill(pasted);
    await expect(flow.whatHappened).toHaveValue(pasted);
    await expect(page.getByText('250 characters over the limit of 20,000')).toBeVisible();
    await expect(flow.saveStatus).toHaveText('Saved what fits: shorten “What happened?” to save the rest');

    // The counter and the status use the error colour: readable in both themes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await expectNoSeriousAxeViolations(page);
    }
  });
});
