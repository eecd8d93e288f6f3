import { expect, test } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { ReflectionFlow } from '../pages/ReflectionFlow';

test.describe('two tabs of the same journal', () => {
  test('a reflection saved in one tab appears in the other without a reload', async ({ context }) => {
    const reader = await context.newPage();
    const readerShell = new AppShell(reader);
    await readerShell.open('#/journal');
    await expect(readerShell.heading('Journal')).toBeVisible();
    const list = reader.getByRole('list', { name: 'Reflections' });

    const writer = await context.newPage();
    const flow = new ReflectionFlow(writer);
    await flow.openNew();
    await flow.choosePerson('Priya Nair', { isNew: true });
    await flow.asked.fill('Sign-off on the revised onboarding copy');
    await flow.goToStep('Review and save');
    await flow.saveButton.click();
    await flow.expectOnEntryPage();

    await expect(list.getByText('Sign-off on the revised onboarding copy')).toBeVisible();
    await expect(list.getByText('Priya Nair')).toBeVisible();
  });
});
