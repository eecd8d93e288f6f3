import { expect, test, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { DataPage } from '../pages/DataPage';
import { JournalPage } from '../pages/JournalPages';
import { ProgressPage } from '../pages/ProgressPage';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { RemindersPage } from '../pages/RemindersPage';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { colleagues, seedJournal, seedReflection } from '../support/seedJournal';
import { newPersonStorageState } from '../support/welcomeDone';

const RHYTHM_TITLE = 'Reflect on today’s conversations';

function welcome(page: Page) {
  return {
    firstHeading: page.getByRole('heading', { level: 1, name: 'Welcome to Influence Journal' }),
    steps: page.getByRole('list', { name: 'Welcome steps' }),
    skip: page.getByRole('button', { name: 'Skip', exact: true }),
    next: page.getByRole('main').getByRole('button', { name: 'Next', exact: true }),
    heading: (name: string) => page.getByRole('heading', { level: 1, name, exact: true }),
  };
}

async function expectJournalWithoutWelcome(page: Page) {
  await expect(new AppShell(page).heading('Journal')).toBeVisible();
  await expect(welcome(page).steps).toHaveCount(0);
}

/** Presses Tab until `target` has focus, then Enter: the welcome by keyboard only. */
async function pressByKeyboard(page: Page, name: string) {
  const flow = new ReflectionFlow(page);
  await flow.tabTo(page.getByRole('main').getByRole('button', { name, exact: true }));
  await page.keyboard.press('Enter');
}

// Whole journeys with axe scans, on two cores shared with other runs.
test.describe.configure({ timeout: 120_000 });

test.describe('a new person', () => {
  test.use({ storageState: newPersonStorageState });

  test('skips the welcome, and it does not come back after a reload', async ({ page }) => {
    const screens = welcome(page);
    await page.goto('');
    await expect(screens.firstHeading).toBeVisible();
    await expect(screens.firstHeading).toBeFocused();
    await screens.next.click();
    await expect(screens.heading('Four principles')).toBeFocused();
    await screens.skip.click();
    await expectJournalWithoutWelcome(page);
    await page.reload();
    await expectJournalWithoutWelcome(page);
    await page.goto('');
    await expectJournalWithoutWelcome(page);
  });

  test('completes the welcome by keyboard: a rhythm reminder, then the first reflection', async ({
    page,
  }) => {
    const screens = welcome(page);
    await page.goto('');
    await expect(screens.firstHeading).toBeFocused();
    await pressByKeyboard(page, 'Next');
    await expect(screens.heading('Four principles')).toBeFocused();
    await pressByKeyboard(page, 'Next');
    await expect(screens.heading('Set a reflection rhythm')).toBeFocused();
    await expect(page.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Sunday' })).not.toBeChecked();
    await expect(page.getByLabel('Time', { exact: true })).toHaveValue('17:30');
    await pressByKeyboard(page, 'Set reminder');
    await expect(page.getByRole('status').filter({ hasText: 'Reminder set' })).toHaveText(
      'Reminder set: On weekdays at 17:30. Change or remove it any time on the Reminders page.',
    );
    await pressByKeyboard(page, 'Next');
    await expect(screens.heading('Your first reflection')).toBeFocused();
    await pressByKeyboard(page, 'Write your first reflection');

    const flow = new ReflectionFlow(page);
    await expect(flow.pageHeading('New reflection')).toBeVisible();
    await flow.quickNoteButton.click();
    await flow.whatHappened.fill('Asked Product for the launch facts; they promised them by Friday.');
    await flow.saveButton.click();
    await flow.expectOnEntryPage();

    const reminders = new RemindersPage(page);
    await reminders.open();
    await expect(reminders.item(RHYTHM_TITLE)).toContainText('On weekdays at 17:30');

    const journal = new JournalPage(page);
    await page.goto('#/journal');
    await expect(page.getByText('Asked Product for the launch facts', { exact: false })).toBeVisible();
    await expect(journal.heading).toBeVisible();
    await page.reload();
    await expectJournalWithoutWelcome(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every welcome screen passes axe in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const screens = welcome(page);
      await page.goto('');
      for (const heading of [
        'Welcome to Influence Journal',
        'Four principles',
        'Set a reflection rhythm',
        'Your first reflection',
      ]) {
        await expect(screens.heading(heading)).toBeVisible();
        await expectNoSeriousAxeViolations(page);
        if (heading !== 'Your first reflection') await screens.next.click();
      }
    });
  }
});

test.describe('the sample journal', () => {
  const sampleMark = (page: Page) => page.getByRole('status').filter({ hasText: /^Sample journal:/ });
  const removeButton = (page: Page) => page.getByRole('button', { name: 'Remove sample journal' });

  async function exportWithoutTime(page: Page): Promise<unknown> {
    const data = new DataPage(page);
    await data.open();
    const { text } = await data.download('Export JSON');
    const { exportedAt: _exportedAt, ...rest } = JSON.parse(text) as Record<string, unknown>;
    return rest;
  }

  async function openFromSettings(page: Page) {
    await new AppShell(page).open('#/settings');
    await page.getByRole('button', { name: 'Explore with a sample journal' }).click();
    await expect(page).toHaveURL(/#\/sample\/journal$/);
    await expect(sampleMark(page)).toBeVisible();
  }

  test('opens marked on every page, has Progress figures, and leaves the real journal and its export as they were', async ({
    page,
  }) => {
    await seedJournal(page, {
      people: [colleagues.dana],
      reflections: [
        seedReflection('2026-03-02T10:00:00Z', [colleagues.dana], { asked: 'My own reflection' }),
      ],
    });
    const before = await exportWithoutTime(page);

    await openFromSettings(page);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
    await expect(main.getByText(/^\d+ reflections$/)).toHaveText(/^9[0-9] reflections$/);
    await expect(main.getByText('My own reflection')).toHaveCount(0);

    await main.getByRole('link', { name: /./ }).and(page.locator('.journal-row-link')).first().click();
    await expect(page).toHaveURL(/#\/sample\/reflections\/[0-9a-f-]{36}$/);
    await expect(sampleMark(page)).toBeVisible();
    await expect(removeButton(page)).toBeVisible();

    const sampleNav = page.getByRole('navigation', { name: 'Sample journal' });
    await sampleNav.getByRole('link', { name: 'Progress' }).click();
    const progress = new ProgressPage(page);
    await expect(progress.heading).toBeVisible();
    await expect(sampleMark(page)).toBeVisible();
    await expect(progress.count).toContainText(/\d+ complete reflections? from/);
    await expect(progress.figure('Outcomes by week')).toBeVisible();
    await expect(progress.figure('Reflection streak')).toBeVisible();

    await sampleNav.getByRole('link', { name: 'Search' }).click();
    await expect(sampleMark(page)).toBeVisible();
    await page.getByLabel('Search the sample journal').fill('launch');
    await expect(page.getByRole('main').getByRole('link', { name: /./ }).first()).toBeVisible();

    await removeButton(page).click();
    await expect(page).toHaveURL(/#\/journal$/);
    await expect(new AppShell(page).heading('Journal')).toBeVisible();
    await expect(sampleMark(page)).toHaveCount(0);
    await expect(page.getByText('My own reflection')).toBeVisible();
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map(({ name }) => name));
    expect(databases).not.toContain('influence-journal-sample');
    expect(databases).toContain('influence-journal');

    expect(await exportWithoutTime(page)).toEqual(before);
  });

  test('opens from the welcome, and opening it again after removal writes the same sample', async ({
    page,
  }) => {
    await page.goto('#/welcome');
    for (let step = 0; step < 3; step += 1) await welcome(page).next.click();
    await page.getByRole('button', { name: 'Explore with a sample journal' }).click();
    await expect(sampleMark(page)).toBeVisible();
    // Rows link to their reflection by id; seeded ids mean the same reflections, whatever the date format.
    const rows = page.locator('.journal-row-link');
    await expect(rows.nth(2)).toBeVisible();
    const firstLinks = await Promise.all([0, 1, 2].map((index) => rows.nth(index).getAttribute('href')));
    expect(firstLinks.every((href) => /^#\/sample\/reflections\/[0-9a-f-]{36}$/.test(href ?? ''))).toBe(true);
    await removeButton(page).click();
    await expect(new AppShell(page).heading('Journal')).toBeVisible();
    await openFromSettings(page);
    for (const [index, href] of firstLinks.entries())
      await expect(rows.nth(index)).toHaveAttribute('href', href ?? '');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a sample page passes axe in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openFromSettings(page);
      await expect(page.locator('.journal-row-link').first()).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      await page
        .getByRole('navigation', { name: 'Sample journal' })
        .getByRole('link', { name: 'Progress' })
        .click();
      await expect(new ProgressPage(page).figure('Outcomes by week')).toBeVisible();
      await expectNoSeriousAxeViolations(page);
    });
  }
});
