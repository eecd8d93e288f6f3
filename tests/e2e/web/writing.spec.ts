import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { colleagues, seedJournal, seedReflection } from '../support/seedJournal';

const saved = seedReflection('2026-03-02T10:00:00Z', [colleagues.dana], {
  asked: 'Two more days for the launch review',
  context: 'The review moved forward a week.',
});

async function openEdit(page: Page): Promise<ReflectionFlow> {
  await seedJournal(page, { people: [colleagues.dana], reflections: [saved] });
  const flow = new ReflectionFlow(page);
  await page.goto(`#/reflections/${saved.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Edit reflection' })).toBeVisible();
  await expect(flow.asked).toHaveValue('Two more days for the launch review');
  return flow;
}

test.describe('editing a saved reflection works on a copy', () => {
  test('Cancel leaves the saved text as it was, on the entry page and in the editor', async ({ page }) => {
    const flow = await openEdit(page);
    await flow.asked.fill('Something else entirely');
    await expect(page.getByRole('status').filter({ hasText: 'Changes not saved yet' })).toBeVisible();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`#/reflections/${saved.id}$`));
    await expect(page.getByText('Two more days for the launch review')).toBeVisible();
    await expect(page.getByText('Something else entirely')).toHaveCount(0);
    await page.goto(`#/reflections/${saved.id}/edit`);
    await expect(flow.asked).toHaveValue('Two more days for the launch review');
  });

  test('leaving with unsaved changes asks first; Stay keeps them, Discard changes drops them', async ({
    page,
  }) => {
    const flow = await openEdit(page);
    await flow.asked.fill('Three more days');
    await new AppShell(page).link('Journal').click();
    const dialog = page.getByRole('alertdialog', { name: 'Leave without saving your changes?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(flow.asked).toHaveValue('Three more days');

    await new AppShell(page).link('Journal').click();
    await dialog.getByRole('button', { name: 'Discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();
    await page.goto(`#/reflections/${saved.id}/edit`);
    await expect(flow.asked).toHaveValue('Two more days for the launch review');
  });

  test('an edit survives a reload and is offered back', async ({ page }) => {
    const flow = await openEdit(page);
    await flow.asked.fill('Kept through the reload');
    await page.reload();
    await expect(page.getByText(/Your unsaved changes from last time are back/)).toBeVisible();
    await expect(flow.asked).toHaveValue('Kept through the reload');
  });

  test('emptying a required field is refused beside it, and the reflection stays complete', async ({
    page,
  }) => {
    const flow = await openEdit(page);
    await flow.asked.fill('');
    await page.getByRole('button', { name: 'Save changes', exact: true }).click();
    await expect(flow.asked).toHaveAccessibleDescription(/“What did you ask for\?” is required/);
    await expect(page).toHaveURL(new RegExp(`#/reflections/${saved.id}/edit`));

    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    // The entry page first, as the person sees it, then the editor again from the stored reflection.
    await expect(page).toHaveURL(new RegExp(`#/reflections/${saved.id}$`));
    await expect(page.getByRole('link', { name: 'Edit', exact: true })).toBeVisible();
    await page.goto(`#/reflections/${saved.id}/edit`);
    // A draft would open as "Continue reflection".
    await expect(page.getByRole('heading', { level: 1, name: 'Edit reflection' })).toBeVisible();
    await expect(flow.asked).toHaveValue('Two more days for the launch review');
  });
});

test('a quick note saves with only "What happened?" filled in', async ({ page }) => {
  const flow = new ReflectionFlow(page);
  await flow.openNew();
  await flow.quickNoteButton.click();
  await expect(flow.stepHeading('Quick note')).toBeVisible();
  await expect(page.getByText(/leave this for later/)).toHaveCount(0);
  await flow.whatHappened.fill('They said no to the extra week, but offered a reviewer.');
  await flow.saveButton.click();
  await flow.expectOnEntryPage();
  await expect(page.getByText('They said no to the extra week, but offered a reviewer.')).toBeVisible();
});

test('a draft continues at the step where it was left, under "Continue reflection"', async ({ page }) => {
  const flow = new ReflectionFlow(page);
  await flow.openNew();
  await flow.asked.fill('A second reviewer');
  await flow.goToStep('Sphere of influence');
  await flow.expectSaved();
  const draftId = new URL(page.url()).hash.match(/draft=([0-9a-f-]{36})/)?.[1];
  expect(draftId).toBeDefined();

  await new AppShell(page).link('Journal').click();
  await page.goto(`#/reflections/${draftId}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Continue reflection' })).toBeVisible();
  await expect(flow.stepHeading('Sphere of influence')).toBeVisible();
  await expect(flow.asked).toHaveCount(0);
});

test('"How well did you apply this?" is one segmented control, large and usable by keyboard', async ({
  page,
}) => {
  const flow = new ReflectionFlow(page);
  await flow.openNew();
  await flow.goToStep('Empowered adults');
  const group = flow.radioGroup('How well did you apply this?');
  const names = await group
    .getByRole('radio')
    .evaluateAll((radios) => radios.map((radio) => radio.closest('label')?.textContent?.trim()));
  expect(names).toEqual(['Not this time', '1', '2', '3', '4', '5']);
  await expect(flow.radioGroup('I applied this')).toHaveCount(0);
  await expect(flow.stepButton('Empowered adults')).toContainText('Empowered adults');

  const notThisTime = group.getByRole('radio', { name: 'Not this time' });
  await flow.tabTo(notThisTime);
  await page.keyboard.press('Space');
  await expect(notThisTime).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(flow.rating(2)).toBeChecked();
  await expect(notThisTime).not.toBeChecked();
  // The whole segment (the label around each radio) is the target.
  for (const segment of await group.locator('label').all()) {
    const box = await segment.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(44);
    expect(box?.height).toBeGreaterThanOrEqual(44);
  }
});

test('at 800x600 the current question and its controls are on screen without scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  const flow = new ReflectionFlow(page);
  await flow.openNew();
  await flow.goToStep('Empowered adults');
  await expect(flow.radioGroup('How well did you apply this?')).toBeInViewport({ ratio: 1 });
  await expect(flow.nextButton).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
});
