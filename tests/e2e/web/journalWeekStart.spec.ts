import { expect, test } from '@playwright/test';
import { JournalPage } from '../pages/JournalPages';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const dana = seedPerson('Dana Fox');

test('the journal groups its weeks from the first day of the week set in Settings', async ({ page }) => {
  // Sunday 8 March 2026 and the Monday after it: two weeks when weeks start on Monday (the
  // Sunday ends one), a single week when they start on Sunday.
  await seedJournal(page, {
    people: [dana],
    reflections: [
      seedReflection('2026-03-08T12:00:00Z', [dana], { asked: 'Asked Dana on a Sunday' }),
      seedReflection('2026-03-09T12:00:00Z', [dana], { asked: 'Asked Dana on a Monday' }),
    ],
  });
  const journal = new JournalPage(page);

  await page.goto('#/settings');
  await page.getByLabel('First day of the week', { exact: true }).selectOption({ label: 'Monday' });
  await page.goto('#/journal');
  await expect(journal.rows).toHaveCount(2);
  await expect(journal.weekHeadings).toHaveText(['Week of 9 Mar 2026', 'Week of 2 Mar 2026']);

  await page.goto('#/settings');
  await page.getByLabel('First day of the week', { exact: true }).selectOption({ label: 'Sunday' });
  await page.goto('#/journal');
  await expect(journal.rows).toHaveCount(2);
  await expect(journal.weekHeadings).toHaveText(['Week of 8 Mar 2026']);
});
