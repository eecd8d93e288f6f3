import { expect, test } from '@playwright/test';
import { JournalPage, PeoplePage, PersonPage } from '../pages/JournalPages';
import { expectNoSeriousAxeViolations } from '../support/axe';
import {
  generatedJournal,
  SEED_TIME_ZONE,
  seedJournal,
  seedPerson,
  seedReflection,
} from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const trust = (value: number) => ({
  principles: { 'build-partnerships': { applied: true, rating: null, notes: '', checks: { trust: value } } },
});

const dana = seedPerson('Dana Fox');
const lee = seedPerson('Lee Park');
const sam = seedPerson('Sam Quiet');
const journal = {
  people: [dana, lee, sam],
  reflections: [
    seedReflection('2026-02-20T10:00:00Z', [dana], { outcome: 'not-yet', ...trust(2) }),
    seedReflection('2026-02-27T10:00:00Z', [dana, lee], { outcome: 'partly-achieved', ...trust(3) }),
    seedReflection('2026-03-04T10:00:00Z', [dana], {
      asked: 'Latest ask of Dana',
      outcome: 'achieved',
      ...trust(4),
    }),
  ],
};

test.describe('people in the browser build', () => {
  test('lists everyone with counts, the last outcome and the trust trend', async ({ page }) => {
    await seedJournal(page, journal);
    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person('Dana Fox')).toContainText('3 reflections');
    await expect(people.person('Dana Fox')).toContainText('Last outcome: Achieved');
    await expect(people.person('Dana Fox')).toContainText('Trust 2 → 4, rising');
    await expect(people.person('Lee Park')).toContainText('1 reflection');
    await expect(people.person('Sam Quiet')).toContainText('No reflections yet');
    await expectNoSeriousAxeViolations(page);
  });

  test('counts match a generated journal', async ({ page }) => {
    const generated = generatedJournal({ reflections: 300, people: 12 });
    await seedJournal(page, generated);
    const counts = new Map<string, number>();
    // People counts complete reflections outside the Trash: a draft is not yet something that happened.
    const counted = generated.reflections.filter((r) => r.status === 'complete' && r.deletedAt === null);
    expect(counted.length).toBeLessThan(generated.reflections.length);
    for (const reflection of counted) {
      for (const id of reflection.personIds) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    const people = new PeoplePage(page);
    await people.open();
    for (const person of generated.people.slice(0, 3)) {
      const count = counts.get(person.id) ?? 0;
      const text = count === 0 ? 'No reflections yet' : count === 1 ? '1 reflection' : `${count} reflections`;
      await expect(people.person(person.name).first()).toContainText(text);
    }
  });

  test('renaming a person shows the new name in the journal', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await seedJournal(page, journal);
    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person('Dana Fox')).toContainText('Trust 2 → 4, rising');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await people.person('Dana Fox').getByRole('link', { name: 'Dana Fox', exact: true }).click();
    const person = new PersonPage(page);
    await expect(person.heading('Dana Fox')).toBeVisible();
    await expect(person.reflections('Dana Fox').getByRole('listitem').first()).toContainText(
      'Latest ask of Dana',
    );
    await expect(page.getByText('Trust 2 → 4, rising')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoSeriousAxeViolations(page);

    await person.rename('Dana Fox-Miller');
    await expect(person.heading('Dana Fox-Miller')).toBeVisible();
    const journalPage = new JournalPage(page);
    await journalPage.shell.goTo('Journal');
    await expect(journalPage.row('Latest ask of Dana')).toContainText('Dana Fox-Miller');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`a person's page charts outcomes and trust with them, and passes axe in the ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await seedJournal(page, journal);
      await page.goto(`#/people/${dana.id}`);
      const person = new PersonPage(page);
      await expect(person.heading('Dana Fox')).toBeVisible();
      const figure = page.getByRole('figure', { name: 'Outcomes and trust with this person', exact: true });
      await expect(figure).toContainText('How your attempts with Dana Fox turned out');
      await figure.getByRole('button', { name: 'Show data', exact: true }).click();
      const table = figure.getByRole('table');
      const row = (header: string) =>
        table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: header, exact: true }) });
      // Achieved, Partly achieved, Not yet, Made it worse, Average trust: the seeded reflections by month.
      await expect(row('Feb 2026').getByRole('cell')).toHaveText(['0', '1', '1', '0', '2.5']);
      await expect(row('Mar 2026').getByRole('cell')).toHaveText(['1', '0', '0', '0', '4.0']);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('an empty People page invites a first reflection', async ({ page }) => {
    const people = new PeoplePage(page);
    await people.open();
    await expect(page.getByText('No people yet.')).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });
});
