import { expect, test, type Page } from '@playwright/test';
import { buildJsonExport, serializeJournalExport } from '../../../shared/data/buildJsonExport';
import { defaultExportOptions } from '../../../shared/data/exportFormat';
import { CoachReviewPage } from '../pages/CoachReviewPage';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000beef';
const OTHER_JOURNAL_ID = '019ce0a2-5d40-7a1b-8c3d-00000000cafe';
const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

// The client's people arrive as initials, as a client usually exports them for a coach.
const tb = seedPerson('T.B.');
const reflections = [
  seedReflection(daysAgo(30), [tb], {
    asked: 'Asked T.B. for two days of review time',
    outcome: 'partly-achieved',
    principles: {
      'negotiate-dont-manipulate': {
        applied: false,
        rating: 2,
        notes: '',
        checks: { 'tactics-used': ['silence-as-pressure'] },
      },
    },
  }),
  seedReflection(daysAgo(20), [tb], {
    asked: 'Asked finance for the budget figures',
    outcome: 'achieved',
    principles: { 'build-partnerships': { applied: true, rating: 4, notes: 'Offered to help', checks: {} } },
  }),
  seedReflection(daysAgo(10), [tb], { asked: 'Asked the designer for a second option', outcome: 'not-yet' }),
];

/** The client's export, written with the app's own export builder. */
function clientExportFile(exportedAt = daysAgo(1), journalId = JOURNAL_ID) {
  const file = buildJsonExport(
    { people: [tb], principleSettings: [], reflections, preparations: [], reminders: [] },
    { options: defaultExportOptions, appVersion: '0.1.0', journalId, exportedAt },
  );
  return {
    name: 'influence-journal-export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeJournalExport(file)),
  };
}

async function openClient(page: Page): Promise<CoachReviewPage> {
  const coach = new CoachReviewPage(page);
  await coach.open();
  await coach.openClientJournal(clientExportFile(), 'Sam Rivera');
  // Writing a workspace waits for the disk (strict durability): on a busy machine that takes a while.
  await expect(page.getByText('Added Sam Rivera: 3 reflections.', { exact: true })).toBeVisible({
    timeout: 30_000,
  });
  return coach;
}

interface FeedbackFile {
  format: string;
  journalId: string;
  comments: { reflectionId: string; principleId: string | null; text: string }[];
  needsDiscussion: string[];
}

test.describe('coach review', () => {
  test('a coach reads a client journal read-only, comments, exports feedback and removes the client', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const coach = await openClient(page);
    const sam = coach.client('Sam Rivera');
    await expect(sam).toContainText('3 reflections');

    await coach.openClient('Sam Rivera');
    await expect(page.getByRole('heading', { level: 1, name: 'Journal', exact: true })).toBeVisible();
    for (const { asked } of reflections) await expect(coach.main.getByText(asked)).toBeVisible();
    // Read-only: nothing in the workspace writes to the client's journal.
    await expect(coach.main.getByRole('link', { name: 'Trash', exact: true })).toHaveCount(0);
    await expect(coach.main.getByRole('button', { name: 'New reflection' })).toHaveCount(0);
    await expect(coach.main.getByRole('link', { name: 'New reflection' })).toHaveCount(0);

    await coach.openReflection('Asked T.B. for two days of review time');
    await expect(page).toHaveURL(/#\/coach\/[^/]+\/reflections\//);
    for (const name of ['Edit', 'Delete', 'Move to Trash', 'Star', 'Restore', 'Continue draft']) {
      await expect(coach.main.getByRole('button', { name, exact: true })).toHaveCount(0);
      await expect(coach.main.getByRole('link', { name, exact: true })).toHaveCount(0);
    }
    await coach.comment('You waited them out; what did you need from them?');
    await coach.main.getByRole('checkbox', { name: 'Needs discussion' }).check();

    await coach.goTo('Sam Rivera', 'Journal');
    await coach.openReflection('Asked finance for the budget figures');
    await coach.comment('Offering help first worked well here.', 'Build partnerships');

    await coach.goTo('Sam Rivera', 'Progress');
    await expect(coach.main.getByRole('status').filter({ hasText: 'complete reflections' })).toContainText(
      '3 complete reflections',
    );

    await coach.goTo('Sam Rivera', 'Summary');
    const needsDiscussion = coach.main.getByRole('region', { name: 'Needs discussion', exact: true });
    await expect(needsDiscussion).toContainText('Asked T.B. for two days of review time');
    await expect(coach.main.getByRole('region', { name: 'Manipulative tactics', exact: true })).toContainText(
      'Asked T.B. for two days of review time',
    );
    const download = await coach.exportFeedback();
    expect(download.name).toMatch(/^influence-journal-feedback-\d{4}-\d{2}-\d{2}\.json$/);
    const feedback = JSON.parse(download.text) as FeedbackFile;
    expect(feedback.format).toBe('influence-journal-feedback');
    expect(feedback.journalId).toBe(JOURNAL_ID);
    expect(
      feedback.comments.map(({ reflectionId, principleId, text }) => ({ reflectionId, principleId, text })),
    ).toEqual([
      {
        reflectionId: reflections[0]?.id,
        principleId: null,
        text: 'You waited them out; what did you need from them?',
      },
      {
        reflectionId: reflections[1]?.id,
        principleId: 'build-partnerships',
        text: 'Offering help first worked well here.',
      },
    ]);
    expect(feedback.needsDiscussion).toEqual([reflections[0]?.id]);

    // The coach's own journal never saw the client's reflections.
    await page.goto('#/journal');
    await expect(page.getByRole('heading', { name: 'Your journal is empty' })).toBeVisible();

    await coach.open();
    await coach.removeClient('Sam Rivera');
    await expect(coach.main.getByText('No clients yet.', { exact: false })).toBeVisible();
  });

  test('a newer export of the same journal updates the client; the same one again changes nothing', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const coach = await openClient(page);
    const newer = clientExportFile(new Date().toISOString());
    await coach.openClientJournal(newer);
    await expect(
      page.getByText(/^Updated Sam Rivera with the export of .*Your comments are kept\.$/),
    ).toBeVisible({
      timeout: 30_000,
    });
    await expect(coach.client('Sam Rivera')).toContainText('Newer export opened');

    await coach.openClientJournal(newer);
    await expect(
      page.getByText('This is the export already open for Sam Rivera. Nothing was changed.', { exact: true }),
    ).toBeVisible({ timeout: 15_000 });
    await expect(coach.clients.getByRole('listitem')).toHaveCount(1);

    // Switching from one client to another stays in the same page: nothing reloads.
    await coach.openClientJournal(clientExportFile(daysAgo(1), OTHER_JOURNAL_ID), 'Alex Kim');
    await expect(page.getByText('Added Alex Kim: 3 reflections.', { exact: true })).toBeVisible({
      timeout: 30_000,
    });
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await coach.openClient('Sam Rivera');
    await expect(coach.main.getByText(reflections[0]?.asked ?? '')).toBeVisible();
    await page.getByRole('link', { name: 'Coach review', exact: true }).first().click();
    await coach.openClient('Alex Kim');
    await expect(coach.main.getByText(reflections[0]?.asked ?? '')).toBeVisible();
    expect(
      await page.evaluate(
        () =>
          (window as { samePage?: boolean }).samePage === true &&
          performance.getEntriesByType('navigation').length === 1,
      ),
    ).toBe(true);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the coach pages pass axe in the ${colorScheme} theme`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      const coach = await openClient(page);
      await expectNoSeriousAxeViolations(page);
      await coach.openClient('Sam Rivera');
      await coach.openReflection('Asked finance for the budget figures');
      await coach.comment('Offering help first worked well here.');
      await expectNoSeriousAxeViolations(page);
      await coach.goTo('Sam Rivera', 'Summary');
      await expectNoSeriousAxeViolations(page);
    });
  }
});
