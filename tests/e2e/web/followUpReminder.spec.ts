import { expect, test } from '@playwright/test';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { RemindersPage } from '../pages/RemindersPage';

test.describe('follow-up reminders from a reflection', () => {
  test('a next step with a date becomes a reminder, and unticking Remind me removes it', async ({ page }) => {
    test.setTimeout(60_000);
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.choosePerson('Tom Baker', { isNew: true });
    await flow.asked.fill('The quarterly report numbers by Friday');
    await flow.goToStep('Outcome and next step');
    await page
      .getByLabel('Next step', { exact: true })
      .fill('Check back with Tom about the quarterly report');
    const remindMe = page.getByRole('checkbox', { name: 'Remind me', exact: true });
    await expect(remindMe).toBeHidden();
    await page.getByLabel('Follow up on', { exact: true }).fill('2030-03-04T10:30');
    await expect(remindMe).toBeChecked();
    await flow.expectSaved();
    await flow.goToStep('Review and save');
    await flow.saveButton.click();
    const id = await flow.expectOnEntryPage();

    const reminders = new RemindersPage(page);
    await reminders.open();
    const item = reminders.item('Check back with Tom about the quarterly report');
    await expect(item).toBeVisible();
    await expect(item).toContainText('Next: Mon 4 Mar, 10:30');

    await page.goto(`#/reflections/${id}/edit`);
    await expect(flow.pageHeading('Edit reflection')).toBeVisible();
    await flow.goToStep('Outcome and next step');
    await remindMe.uncheck();
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Changes saved.' })).toBeVisible();
    await reminders.open();
    await expect(reminders.heading).toBeVisible();
    await expect(reminders.item('Check back with Tom about the quarterly report')).toHaveCount(0);
  });
});
