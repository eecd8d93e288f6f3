import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { JournalPage } from '../pages/JournalPages';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { RemindersPage } from '../pages/RemindersPage';
import { SearchPage } from '../pages/SearchPage';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const dana = seedPerson('Dana Fox');

async function chooseFormat(page: Page, time: string, order: string): Promise<void> {
  await page.getByLabel('Time format', { exact: true }).selectOption({ label: time });
  await page.getByLabel('Date order', { exact: true }).selectOption({ label: order });
}

test.describe('the date and time format chosen in Settings', () => {
  test('12-hour, month first: the journal, the entry, a reminder and the guided flow write and read it', async ({
    page,
  }) => {
    // Four pages in one story: more than the default half minute on two busy cores.
    test.setTimeout(90_000);
    // 21:30 in London on Monday 2 March 2026 (GMT, so the same in UTC).
    await seedJournal(page, {
      people: [dana],
      reflections: [seedReflection('2026-03-02T21:30:00Z', [dana], { asked: 'Asked Dana for the budget' })],
    });
    const shell = new AppShell(page);
    const journal = new JournalPage(page);

    await page.goto('#/settings');
    await expect(page.getByText(/^Today: \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/)).toBeVisible();
    await chooseFormat(page, '12-hour', 'Month day year');
    await expect(page.getByText(/^Today: \w{3}, \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} (am|pm)$/)).toBeVisible();

    await shell.goTo('Journal');
    await expect(journal.row('Asked Dana for the budget')).toContainText('Mon, Mar 2, 2026, 9:30 pm');
    await journal.row('Asked Dana for the budget').getByRole('link').first().click();
    await expect(page.getByText('Mon, Mar 2, 2026, 9:30 pm (Europe/London)')).toBeVisible();

    // Changed in a second tab, the open entry and then a search result follow at once, no navigation.
    const settings = await page.context().newPage();
    await settings.goto('#/settings');
    await chooseFormat(settings, '24-hour', 'Day month year');
    await expect(page.getByText('Mon 2 Mar 2026, 21:30 (Europe/London)')).toBeVisible();
    const search = new SearchPage(page);
    await search.type('budget');
    await expect(search.resultLink('Asked Dana for the budget')).toBeVisible();
    await expect(search.results).toContainText('Mon 2 Mar 2026');
    await chooseFormat(settings, '12-hour', 'Month day year');
    await expect(search.results).toContainText('Mon, Mar 2, 2026');
    await settings.close();

    // A reminder filled in the stored form, as the other specs fill it, shows in the chosen one.
    const reminders = new RemindersPage(page);
    await reminders.open();
    await reminders.fillForm({ kind: 'After a conversation' });
    await expect(reminders.form.getByLabel('Date', { exact: true })).toHaveAttribute(
      'placeholder',
      'mm/dd/yyyy',
    );
    await reminders.addOnce('Ask Dana how it landed', '2030-03-04', '21:30');
    await expect(reminders.item('Ask Dana how it landed')).toContainText('Once on Mar 4, 2030 at 9:30 pm');
    await expect(reminders.item('Ask Dana how it landed')).toContainText('Next: Mon, Mar 4, 9:30 pm');

    // The guided flow takes a time typed the new way, and keeps it.
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.asked.fill('A slot in the next release train');
    await flow.occurredAt.fill('3/2/2026 9:45 pm');
    await flow.occurredAt.press('Tab');
    await expect(flow.occurredAt).toHaveValue('03/02/2026 9:45 pm');
    await flow.expectSaved();
    await page.reload();
    await expect(flow.occurredAt).toHaveValue('03/02/2026 9:45 pm');
    await flow.goToStep('Review and save');
    await expect(page.getByText('Mon, Mar 2, 2026, 9:45 pm')).toBeVisible();
  });

  test('a date that does not exist is named beside the field and what was typed stays', async ({ page }) => {
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.occurredAt.fill('30/02/2026 10:00');
    await flow.occurredAt.press('Tab');
    await expect(flow.occurredAt).toHaveAccessibleDescription(
      /When did it happen\?: there is no 30 February 2026\. Write it as dd\/mm\/yyyy hh:mm\./,
    );
    await expect(flow.occurredAt).toHaveValue('30/02/2026 10:00');
  });

  test('choosing 24-hour changes the pages without a reload', async ({ page }) => {
    await seedJournal(page, {
      people: [dana],
      reflections: [seedReflection('2026-03-02T21:30:00Z', [dana], { asked: 'Asked Dana for the budget' })],
    });
    const shell = new AppShell(page);
    const journal = new JournalPage(page);
    await page.goto('#/settings');
    await chooseFormat(page, '12-hour', 'Month day year');
    await shell.goTo('Journal');
    await expect(journal.row('Asked Dana for the budget')).toContainText('Mon, Mar 2, 2026, 9:30 pm');

    await shell.goTo('Settings');
    const example = page.getByText(/^Today: /);
    await expect(example).toHaveText(/ (am|pm)$/);
    await page.getByLabel('Time format', { exact: true }).selectOption({ label: '24-hour' });
    await expect(example).toHaveText(/, \d{2}:\d{2}$/);
    await shell.goTo('Journal');
    await expect(journal.row('Asked Dana for the budget')).toContainText('Mon, Mar 2, 2026, 21:30');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`Settings with the Date and time section passes axe in the ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('#/settings');
      await expect(page.getByRole('heading', { name: 'Date and time', exact: true })).toBeVisible();
      await expect(page.getByLabel('Time format', { exact: true })).toBeEnabled();
      await expectNoSeriousAxeViolations(page);
    });
  }
});
