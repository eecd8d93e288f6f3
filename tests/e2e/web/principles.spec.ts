import { expect, test } from '@playwright/test';
import { EntryPage, JournalPage } from '../pages/JournalPages';
import { PrincipleSettingsPage } from '../pages/PrincipleSettingsPage';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

/** Someone to write about and the request, which every saved reflection needs. */
async function startReflection(flow: ReflectionFlow, asked: string): Promise<void> {
  await flow.openNew();
  await flow.choosePerson('Dana Fox', { isNew: true });
  await flow.asked.fill(asked);
}

async function saveReflection(flow: ReflectionFlow): Promise<string> {
  await flow.goToStep('Review and save');
  await flow.saveButton.click();
  return flow.expectOnEntryPage();
}

test.describe('principles of your own', () => {
  test('a principle added in Settings is a step of New reflection, rated like the others', async ({
    page,
  }) => {
    const settings = new PrincipleSettingsPage(page);
    const flow = new ReflectionFlow(page);
    await settings.open();
    await settings.add('Shared data first', 'Lead with the numbers we both trust.');
    await expect(settings.item('Shared data first')).toContainText('Your own');
    await expect(settings.status).toHaveText(/Added "Shared data first"/);

    await startReflection(flow, 'The churn figures before the pricing review');
    await expect(flow.stepButton('Shared data first')).toBeVisible();
    await flow.goToStep('Shared data first');
    await expect(page.getByText('Lead with the numbers we both trust.')).toBeVisible();
    await flow.rating(4).click();
    await expect(flow.rating(4)).toBeChecked();
    await flow.expectSaved();

    const id = await saveReflection(flow);
    const entry = new EntryPage(page);
    await expect(entry.section('Principles')).toContainText('Shared data first');
    await expect(entry.section('Principles')).toContainText('Applied · rated 4 of 5');
    const journal = new JournalPage(page);
    await journal.open();
    await expect(journal.rowLink(id)).toContainText('Shared data first');
  });

  test('renaming Build partnerships shows the new name in the flow, on saved entries and in another tab', async ({
    context,
    page,
  }) => {
    const flow = new ReflectionFlow(page);
    await startReflection(flow, 'A second reviewer for the launch copy');
    await flow.goToStep('Build partnerships');
    await flow.rating(3).check();
    const id = await saveReflection(flow);

    const otherTab = await context.newPage();
    const otherJournal = new JournalPage(otherTab);
    await otherJournal.open();
    await expect(otherJournal.rowLink(id)).toContainText('Build partnerships');

    const settings = new PrincipleSettingsPage(page);
    await settings.open();
    await settings.rename('Build partnerships', 'Partnerships first');
    await expect(settings.item('Partnerships first')).toContainText('Originally “Build partnerships”');
    // The other tab was not reloaded: its live query saw the change.
    await expect(otherJournal.rowLink(id)).toContainText('Partnerships first');

    const entry = new EntryPage(page);
    await entry.open(id);
    await expect(entry.section('Principles').getByRole('heading', { level: 3 })).toHaveText(
      'Partnerships first',
    );

    await flow.openNew();
    await expect(flow.stepButton('Build partnerships')).toHaveCount(0);
    await flow.goToStep('Partnerships first');
    await expect(page.getByText('What will we do together next?')).toBeVisible();
  });

  test('a hidden principle is skipped by new reflections but still shown on older ones', async ({ page }) => {
    const dana = seedPerson('Dana Fox');
    const older = seedReflection('2026-03-02T09:00:00Z', [dana], {
      asked: 'Asked Dana to own the rota',
      principles: {
        'empowered-adults': { applied: true, rating: 3, notes: 'Sorted it myself.', checks: {} },
      },
    });
    await seedJournal(page, { people: [dana], reflections: [older] });

    const settings = new PrincipleSettingsPage(page);
    await settings.open();
    await settings.hide('Empowered adults');
    await expect(settings.item('Empowered adults')).toContainText('Hidden');

    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await expect(flow.stepButton('Empowered adults')).toHaveCount(0);
    await expect(page.getByText('Step 1 of 6')).toBeVisible();
    await flow.next('Sphere of influence');

    const entry = new EntryPage(page);
    await entry.open(older.id);
    await expect(entry.section('Principles')).toContainText('Empowered adults');
    await expect(entry.section('Principles')).toContainText('Sorted it myself.');
    const journal = new JournalPage(page);
    await journal.open();
    await expect(journal.rowLink(older.id)).toContainText('Empowered adults');
  });

  test('the Settings page passes axe, light and dark, with principles added, renamed, hidden, edited and refused', async ({
    page,
  }) => {
    // Several axe passes: on two cores they take half the default 30 s.
    test.setTimeout(60_000);
    const settings = new PrincipleSettingsPage(page);
    await settings.open();
    await settings.add('Shared data first', 'Lead with the numbers we both trust.');
    await settings.rename('Build partnerships', 'Partnerships first');
    await settings.hide('Empowered adults');
    await expectNoSeriousAxeViolations(page);

    await settings.button('Edit Sphere of influence').click();
    await expect(settings.editForm('Sphere of influence').getByLabel('Principle name')).toBeFocused();
    await settings.addForm.getByRole('button', { name: 'Add principle', exact: true }).click();
    const name = settings.addForm.getByLabel('Principle name', { exact: true });
    await expect(name).toBeFocused();
    await expect(settings.addForm.getByText('Principle name cannot be empty')).toBeVisible();
    await expectNoSeriousAxeViolations(page);

    // Keyboard only: Escape leaves the edit form, and focus is back on its Edit button.
    await settings.editForm('Sphere of influence').getByLabel('Principle name').focus();
    await page.keyboard.press('Escape');
    await expect(settings.button('Edit Sphere of influence')).toBeFocused();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousAxeViolations(page);
  });
});
