import { expect, test, type Page } from '@playwright/test';
import { buildJsonExport, serializeJournalExport } from '../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../shared/data/exportFormat';
import { CoachReviewPage } from '../pages/CoachReviewPage';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000beef';
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

const tb = seedPerson('T.B.');
const reflections = [
  seedReflection(daysAgo(30), [tb], { asked: 'Asked T.B. for two days of review time', outcome: 'not-yet' }),
  seedReflection(daysAgo(20), [tb], {
    asked: 'Asked finance for the budget figures',
    outcome: 'achieved',
    principles: { 'build-partnerships': { applied: true, rating: 4, notes: 'Offered to help', checks: {} } },
  }),
];

function clientExportFile() {
  const file = buildJsonExport(
    { people: [tb], principleSettings: [], reflections, preparations: [], reminders: [] },
    { options: defaultExportOptions, appVersion: '0.1.0', journalId: JOURNAL_ID, exportedAt: daysAgo(1) },
  );
  return {
    name: 'influence-journal-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeJournalExport(file)),
  };
}

/** The browser's print dialog would block the test: print only counts its calls. */
async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => {
      counted.printCalls += 1;
    };
  });
}

const printCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

for (const colorScheme of ['light', 'dark'] as const) {
  test(`Export feedback PDF prints a record of the comments, flags and ticked notes (${colorScheme})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    await countPrints(page);
    const coach = new CoachReviewPage(page);
    await coach.open();
    await coach.openClientJournal(clientExportFile(), 'Sam Rivera');
    await expect(page.getByText('Added Sam Rivera: 2 reflections.', { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await coach.openClient('Sam Rivera');
    await coach.openReflection('Asked T.B. for two days of review time');
    await coach.comment('You waited them out; what did you need from them?');
    await coach.main.getByRole('checkbox', { name: 'Needs discussion' }).check();
    await coach.goTo('Sam Rivera', 'Journal');
    await coach.openReflection('Asked finance for the budget figures');
    await coach.comment('Offering help first worked well here.', 'Build partnerships');

    await coach.goTo('Sam Rivera', 'Summary');
    await coach.main
      .getByRole('textbox', { name: 'Session notes', exact: true })
      .fill('Bring the review dates.');
    await coach.main.getByRole('checkbox', { name: 'Include session notes in feedback' }).check();
    await expect(coach.main.getByText('Saved', { exact: true })).toBeVisible();

    await coach.main.getByRole('button', { name: 'Export feedback PDF', exact: true }).click();
    const record = coach.main.getByRole('region', { name: 'Feedback record for Sam Rivera', exact: true });
    await expect(record).toBeVisible();
    await expect.poll(() => printCalls(page)).toBe(1);
    const entries = record.getByRole('article');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText('Asked T.B. for two days of review time');
    await expect(entries.nth(0)).toContainText('Needs discussion');
    await expect(entries.nth(0)).toContainText('The whole reflection');
    await expect(entries.nth(0)).toContainText('You waited them out; what did you need from them?');
    await expect(entries.nth(1)).toContainText('Asked finance for the budget figures');
    await expect(entries.nth(1)).toContainText('Build partnerships');
    await expect(entries.nth(1)).toContainText('Offering help first worked well here.');
    await expect(entries.nth(1)).not.toContainText('Needs discussion');
    await expect(record.getByRole('region', { name: 'Session notes', exact: true })).toContainText(
      'Bring the review dates.',
    );
    await expectNoSeriousAxeViolations(page);

    // On paper only the record: no navigation, no buttons, no other section of the page.
    await page.emulateMedia({ media: 'print', colorScheme });
    await expect(record).toBeVisible();
    await expect(record).toContainText('Offering help first worked well here.');
    await expect(coach.workspaceNavigation('Sam Rivera')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Export feedback PDF', exact: true })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Needs discussion', exact: true })).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Session notes', exact: true })).toBeHidden();
  });
}
