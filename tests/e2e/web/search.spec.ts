import { expect, test } from '@playwright/test';
import {
  createDraftReflection,
  reflectionDraftSchema,
  type Reflection,
} from '../../../shared/domain/reflectionSchema';
import type { Person } from '../../../shared/domain/personSchema';
import { withSortKey } from '../../../renderer/db/reflectionSortKey';
import { AppShell } from '../pages/AppShell';
import { SearchPage, type JournalSeed } from '../pages/SearchPage';
import { expectNoSeriousAxeViolations } from '../support/axe';

function person(id: string, name: string): Person & { nameKey: string } {
  const at = '2026-01-05T09:00:00.000Z';
  return {
    id,
    name,
    role: '',
    team: '',
    relationship: 'peer',
    notes: '',
    createdAt: at,
    updatedAt: at,
    nameKey: name.toLocaleLowerCase(),
  };
}

const priya = person('019b8d1e-0000-7000-8000-00000000000a', 'Priya Raman');
const marcus = person('019b8d1e-0000-7000-8000-00000000000b', 'Marcus Okafor');
const lea = person('019b8d1e-0000-7000-8000-00000000000c', 'Léa Dubois');

function reflection(n: number, day: string, fields: Partial<Reflection>): Reflection {
  const draft = createDraftReflection({
    now: new Date(`${day}T10:00:00.000Z`),
    timeZone: 'UTC',
    id: `019ca000-0000-7000-8000-${String(n).padStart(12, '0')}`,
  });
  return reflectionDraftSchema.parse({ ...draft, status: 'complete', ...fields });
}

const budget = reflection(1, '2026-03-02', {
  personIds: [priya.id],
  asked: 'Asked Priya for the quarterly budget numbers before planning',
  outcome: 'achieved',
  starred: true,
  tags: ['finance'],
});
const migration = reflection(2, '2026-03-04', {
  personIds: [marcus.id],
  asked: 'Negotiated a later deadline for the database migration',
  learned: 'Budget talks go better with the numbers ready.',
  outcome: 'not-yet',
});
const design = reflection(3, '2026-03-06', {
  personIds: [lea.id],
  asked: 'Requested time in the design critique',
  context: 'The critique runs on Thursdays.',
  outcome: 'partly-achieved',
});
const trashed = reflection(4, '2026-03-08', {
  personIds: [priya.id],
  asked: 'Budget review that went nowhere',
  deletedAt: '2026-03-09T10:00:00.000Z',
});

const reflections = [budget, migration, design, trashed];
const seed: JournalSeed = {
  reflections: reflections.map(withSortKey),
  people: [priya, marcus, lea],
};

test.describe('search in the browser build', () => {
  test('Ctrl+K focuses "Search reflections" from any page', async ({ page }) => {
    const shell = new AppShell(page);
    const search = new SearchPage(page);
    await shell.open('#/people');
    await expect(shell.heading('People')).toBeVisible();
    await page.keyboard.press('Control+k');
    await expect(search.searchBox).toBeFocused();
  });

  test('typing a prefix finds matches as you type, with the words marked', async ({ page }) => {
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.type('quar');
    await expect(search.heading).toBeVisible();
    await expect(search.resultLink(budget.asked)).toBeVisible();
    await expect(search.marks().filter({ hasText: 'quarterly' })).toBeVisible();
    await search.searchBox.pressSequentially('terly bud');
    await expect(page).toHaveURL(/#\/search\?q=quarterly\+bud$/);
    await expect(search.resultItems()).toHaveCount(1);
    await expect(search.marks().filter({ hasText: 'budget' })).toBeVisible();
    await expect(search.searchBox).toBeFocused();

    await search.resultLink(budget.asked).click();
    await expect(page).toHaveURL(new RegExp(`#/reflections/${budget.id}$`));
    // Every keystroke replaced the same history entry: Back returns to the search, then the journal.
    await page.goBack();
    await expect(search.resultItems()).toHaveCount(1);
    await expect(search.searchBox).toHaveValue('quarterly bud');
    await page.goBack();
    await expect(page).toHaveURL(/#\/journal$/);
  });

  test('a typo still finds the entry', async ({ page }) => {
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.type('migraton');
    await expect(search.resultLink(migration.asked)).toBeVisible();
    await expect(search.marks().filter({ hasText: 'migration' })).toBeVisible();
  });

  test("a person's name finds their reflections, accents or not", async ({ page }) => {
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.type('okafor');
    await expect(search.resultLink(migration.asked)).toBeVisible();
    await expect(search.resultItems()).toHaveCount(1);
    await search.clearAndType('lea');
    await expect(search.resultLink(design.asked)).toBeVisible();
    await expect(search.marks().filter({ hasText: 'Léa' })).toBeVisible();
  });

  test('filters narrow the results and live in the URL', async ({ page }) => {
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.type('budget');
    await expect(search.resultItems()).toHaveCount(2);
    await search.filter('Outcome').selectOption({ label: 'Not yet' });
    await expect(search.resultItems()).toHaveCount(1);
    await expect(search.resultLink(migration.asked)).toBeVisible();
    await expect(page).toHaveURL(/outcome=not-yet/);

    await search.filter('Outcome').selectOption({ label: 'Any outcome' });
    await search.filter('Starred only').check();
    await expect(search.resultItems()).toHaveCount(1);
    await expect(search.resultLink(budget.asked)).toBeVisible();
    await expect(page).toHaveURL(/starred=1/);

    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(search.resultItems()).toHaveCount(2);
  });

  test('no match says so, and the Trash is never searched', async ({ page }) => {
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.type('zebra');
    await expect(search.status).toHaveText('No reflections match “zebra”.');
    await expect(search.results).toHaveCount(0);
    await search.clearAndType('nowhere');
    await expect(search.status).toHaveText('No reflections match “nowhere”.');
  });

  test('after a reload the saved index answers without rebuilding', async ({ page }) => {
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.readyDetail();
    // Saved once the worker has absorbed the seed; the changes it covers are then cleared.
    await expect.poll(() => search.countRows('searchChanges'), { timeout: 15_000 }).toBe(0);
    // meta, index and filters
    await expect.poll(() => search.countRows('searchIndex')).toBe(3);

    await page.reload();
    expect(await search.readyDetail()).toMatchObject({
      source: 'persisted',
      documentCount: 3,
      appliedChanges: 0,
    });
    await search.type('critique');
    await expect(search.resultLink(design.asked)).toBeVisible();
  });

  test('the search page has no serious accessibility violation, light or dark', async ({ page }) => {
    // Several axe passes: on two cores they take half the default 30 s.
    test.setTimeout(60_000);
    const search = new SearchPage(page);
    await search.openWithJournal(seed);
    await search.type('budget');
    await expect(search.resultItems()).toHaveCount(2);
    await search.filter('Starred only').check();
    await expect(search.resultItems()).toHaveCount(1);
    await expectNoSeriousAxeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoSeriousAxeViolations(page);
  });
});
