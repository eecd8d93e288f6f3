import { expect, test, type Page } from '@playwright/test';
import { EntryPage, JournalPage, PeoplePage, TrashPage } from '../pages/JournalPages';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { SearchPage } from '../pages/SearchPage';
import { expectNoSeriousAxeViolations } from '../support/axe';
import {
  colleagues,
  SEED_TIME_ZONE,
  seedJournal,
  seedReflection,
  type SeedJournal,
} from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const { dana, lee } = colleagues;

/** Something of everything a page can show: a flagged tactic, a star, a draft, the Trash. */
const flagged = seedReflection('2026-03-04T10:30:00Z', [dana], {
  asked: 'Asked Dana for the launch budget a week early',
  outcome: 'partly-achieved',
  starred: true,
  learned: 'Lead with what is in it for her team.',
  principles: {
    'negotiate-dont-manipulate': {
      applied: true,
      rating: 2,
      notes: 'I pushed too hard on the date.',
      checks: { 'tactics-used': ['shared-data', 'false-urgency'] },
    },
    'build-partnerships': { applied: true, rating: 4, notes: '', checks: {} },
  },
});
// Nobody named yet, so saving it in full shows the list of what is missing.
const draft = seedReflection('2026-03-05T16:00:00Z', [], {
  status: 'draft',
  asked: 'Asked to move the budget review',
});
const trashed = seedReflection('2026-03-02T09:00:00Z', [dana, lee], {
  asked: 'Asked both for the budget rota',
  deletedAt: new Date().toISOString(),
});
const journal: SeedJournal = { people: [dana, lee], reflections: [flagged, draft, trashed] };

/** The journal, an entry with a flagged tactic, a person, the Trash and search highlights. */
async function checkJournalPages(page: Page): Promise<void> {
  await seedJournal(page, journal);
  const list = new JournalPage(page);
  await expect(list.rowLink(flagged.id)).toBeVisible();
  await expect(list.row('Asked to move the budget review')).toContainText('Draft');
  await expectNoSeriousAxeViolations(page);

  const entry = new EntryPage(page);
  await entry.open(flagged.id);
  await expect(page.getByText('Made it sound more urgent than it was').first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const people = new PeoplePage(page);
  await people.open();
  await people.person('Dana Fox').getByRole('link', { name: 'Dana Fox', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Fox' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const trash = new TrashPage(page);
  await page.goto('#/trash');
  await expect(trash.heading).toBeVisible();
  await expect(trash.item('Asked both for the budget rota')).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  const search = new SearchPage(page);
  await search.type('budg');
  await expect(search.marks().first()).toBeVisible();
  await expectNoSeriousAxeViolations(page);
}

/** The guided flow with its list of missing fields, the quick note, reminders and settings. */
async function checkFlowAndSettings(page: Page): Promise<void> {
  await seedJournal(page, journal);
  const flow = new ReflectionFlow(page);
  await page.goto(`#/reflections/${draft.id}/edit`);
  await expect(flow.pageHeading('Edit reflection')).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await flow.stepButton("Negotiate, don't manipulate").click();
  await expect(flow.stepHeading("Negotiate, don't manipulate")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await flow.stepButton('Review and save').click();
  await expect(flow.stepHeading('Review and save')).toBeVisible();
  await flow.saveButton.click();
  await expect(flow.errorSummary).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await page.goto('#/new');
  await flow.quickNoteButton.click();
  await expect(flow.whatHappened).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  for (const [route, heading] of [
    ['#/people', 'People'],
    ['#/reminders', 'Reminders'],
    ['#/settings', 'Settings'],
  ] as const) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  }
}

test.describe('both colour themes, on pages with a journal in them', () => {
  // Each page is scanned by axe in full, a few seconds apiece on two cores.
  test.describe.configure({ timeout: 90_000 });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [pages, check] of [
      ['the journal, an entry, a person, the Trash and search', checkJournalPages],
      ['the guided flow, the quick note, reminders and settings', checkFlowAndSettings],
    ] as const) {
      test(`${pages} pass axe in the ${colorScheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await check(page);
        const background = await page.evaluate(
          () => getComputedStyle(document.documentElement).backgroundColor,
        );
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(28, 27, 34)' : 'rgb(247, 246, 242)');
      });
    }
  }
});
