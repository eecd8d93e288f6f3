import { expect, test, type Page } from '@playwright/test';
import { JournalPage, PeoplePage, PersonPage } from '../pages/JournalPages';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const danO = seedPerson('Dan O');
const daniel = seedPerson('Daniel Okafor');
const lee = seedPerson('Lee Park');
const journal = {
  people: [danO, daniel, lee],
  reflections: [
    seedReflection('2026-02-20T10:00:00Z', [danO], {
      asked: 'Asked Dan for the test plan',
      outcome: 'achieved',
    }),
    seedReflection('2026-02-27T10:00:00Z', [danO, lee], { asked: 'Asked Dan and Lee to pair' }),
    seedReflection('2026-03-02T10:00:00Z', [daniel], {
      asked: 'Asked Daniel for a review',
      outcome: 'not-yet',
    }),
    seedReflection('2026-03-03T10:00:00Z', [lee], { status: 'draft', asked: 'Asked Lee about the rota' }),
    // A draft is not yet something that happened: People does not count it.
    seedReflection('2026-03-04T10:00:00Z', [daniel], {
      status: 'draft',
      asked: 'Half-written ask of Daniel',
      outcome: 'made-it-worse',
    }),
  ],
};

async function openPerson(page: Page, name: string): Promise<PersonPage> {
  const people = new PeoplePage(page);
  await people.open();
  await people.person(name).getByRole('link', { name, exact: true }).click();
  const person = new PersonPage(page);
  await expect(person.heading(name)).toBeVisible();
  return person;
}

test.describe('people: the same name, merge and delete', () => {
  test('typing an existing name another way offers that person instead of adding a second', async ({
    page,
  }) => {
    await seedJournal(page, journal);
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.who.fill('dániel  okafor');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.first()).toHaveText('Use Daniel Okafor');
    await expect(options.filter({ hasText: /^Add / })).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(flow.chipRemoveButton('Daniel Okafor')).toBeVisible();
    await flow.expectSaved();

    const people = new PeoplePage(page);
    await people.open();
    await expect(people.list.getByRole('link', { name: /Daniel Okafor/i })).toHaveCount(1);
  });

  test('the People page offers the person already there before adding a second', async ({ page }) => {
    await seedJournal(page, journal);
    const people = new PeoplePage(page);
    await people.open();
    await page.getByLabel('Add a person').fill('daniel okafor');
    await page.getByRole('button', { name: 'Add person', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'is already in your journal' })).toContainText(
      'Daniel Okafor is already in your journal.',
    );
    await expect(people.list.getByRole('listitem')).toHaveCount(3);
  });

  test('counts and the last outcome count complete reflections only', async ({ page }) => {
    await seedJournal(page, journal);
    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person('Daniel Okafor')).toContainText('1 reflection');
    await expect(people.person('Daniel Okafor')).toContainText('Last outcome: Not yet');
    await expect(people.person('Dan O')).toContainText('2 reflections');
  });

  test('Merge into… says how many reflections move, then moves them all', async ({ page }) => {
    await seedJournal(page, journal);
    await openPerson(page, 'Dan O');
    await page.getByRole('button', { name: 'Merge into…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Merge Dan O into someone else' });
    await dialog.getByLabel('Merge into', { exact: true }).selectOption({ label: 'Daniel Okafor' });
    await expect(dialog).toContainText('2 reflections will move to Daniel Okafor.');
    await expectNoSeriousAxeViolations(page);
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    const person = new PersonPage(page);
    await expect(person.heading('Daniel Okafor')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Merged Dan O into Daniel Okafor' }),
    ).toContainText('2 reflections moved.');
    await expect(person.reflections('Daniel Okafor').getByRole('listitem')).toHaveCount(4);
    await expect(page.getByText('3 reflections', { exact: true })).toBeVisible();

    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person('Dan O')).toHaveCount(0);
    await expect(people.person('Daniel Okafor')).toContainText('3 reflections');

    const journalPage = new JournalPage(page);
    await journalPage.open();
    await expect(journalPage.row('Asked Dan and Lee to pair')).toContainText('Daniel Okafor, Lee Park');
  });

  test('Delete person says first what happens to their reflections, which keep their words', async ({
    page,
  }) => {
    await seedJournal(page, journal);
    await openPerson(page, 'Lee Park');
    await page.getByRole('button', { name: 'Delete person', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Lee Park?' });
    await expect(dialog).toContainText(
      'Lee Park is named in 2 reflections. They stay in your journal with everything you wrote, and no longer name Lee Park.',
    );
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Delete person', exact: true })).toBeFocused();

    await page.getByRole('button', { name: 'Delete person', exact: true }).click();
    await dialog.getByRole('button', { name: 'Delete person', exact: true }).click();
    const people = new PeoplePage(page);
    await expect(people.heading).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Deleted Lee Park.' })).toBeVisible();
    await expect(people.person('Lee Park')).toHaveCount(0);

    const journalPage = new JournalPage(page);
    await journalPage.open();
    await expect(journalPage.row('Asked Lee about the rota')).toContainText('No one yet');
    await expect(journalPage.row('Asked Dan and Lee to pair')).toContainText('Dan O');
    await expect(journalPage.row('Asked Dan and Lee to pair')).not.toContainText('Lee Park');
  });

  test('Delete person is refused while a complete reflection names only them, and Merge is offered', async ({
    page,
  }) => {
    await seedJournal(page, journal);
    await openPerson(page, 'Daniel Okafor');
    await page.getByRole('button', { name: 'Delete person', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Daniel Okafor?' });
    await expect(dialog).toContainText(
      'Daniel Okafor is the only person in 1 complete reflection, and a complete reflection needs someone. Use Merge into… to move them to another person instead.',
    );
    await expect(dialog.getByRole('button', { name: 'Delete person', exact: true })).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person('Daniel Okafor')).toContainText('1 reflection');
  });

  test('the relationship chosen in a reflection fills an unset one', async ({ page }) => {
    await seedJournal(page, journal);
    const flow = new ReflectionFlow(page);
    await flow.openNew();
    await flow.choosePerson('Lee Park', { isNew: false });
    await flow.relationship.selectOption({ label: 'Peer' });
    await flow.expectSaved();
    const people = new PeoplePage(page);
    await people.open();
    await expect(people.person('Lee Park')).toContainText('Peer');
    await expect(people.person('Dan O')).not.toContainText('Peer');
    await people.person('Lee Park').getByRole('link', { name: 'Lee Park', exact: true }).click();
    await expect(page.getByRole('main').getByLabel('Relationship', { exact: true })).toHaveValue('peer');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`People and a person's merge and delete pass axe in the ${colorScheme} theme`, async ({ page }) => {
      // Three axe runs on a busy 2-core machine.
      test.slow();
      await page.emulateMedia({ colorScheme });
      await seedJournal(page, journal);
      const person = await openPerson(page, 'Dan O');
      await expect(person.reflections('Dan O').getByRole('listitem')).toHaveCount(2);
      await expectNoSeriousAxeViolations(page);
      await page.getByRole('button', { name: 'Delete person', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Delete Dan O?' })).toBeVisible();
      await expectNoSeriousAxeViolations(page);
      const people = new PeoplePage(page);
      await people.open();
      await expect(people.person('Dan O')).toContainText('2 reflections');
      await expectNoSeriousAxeViolations(page);
    });
  }
});
