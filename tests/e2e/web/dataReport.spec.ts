import { expect, test, type Page } from '@playwright/test';
import { DataPage } from '../pages/DataPage';
import { progressFigureTitles } from '../pages/progressFigureTitles';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const dana = seedPerson('Dana Fox');
const rated = (rating: number) => ({
  'empowered-adults': { applied: true, rating, notes: '', checks: {} },
});
const journal = {
  people: [dana],
  reflections: [
    seedReflection('2026-01-10T10:00:00Z', [dana], { asked: 'Before the period', outcome: 'achieved' }),
    seedReflection('2026-02-20T10:00:00Z', [dana], {
      asked: 'Budget figures',
      outcome: 'achieved',
      principles: rated(4),
    }),
    seedReflection('2026-02-27T10:00:00Z', [dana], {
      asked: 'A shared deadline',
      outcome: 'partly-achieved',
      principles: rated(2),
    }),
    seedReflection('2026-03-04T10:00:00Z', [dana], { asked: 'Something only for me', isPrivate: true }),
  ],
};

/** The report for February and March 2026, opened from the Data page as a person would. */
async function openReport(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // The browser's print dialog would block the test; the report's own tests check it opens.
    window.print = () => undefined;
  });
  await seedJournal(page, journal);
  const data = new DataPage(page);
  await data.open();
  await data.exportSection.getByLabel('From', { exact: true }).fill('2026-02-01');
  await data.exportSection.getByLabel('To', { exact: true }).fill('2026-03-31');
  await expect(data.exportCount).toHaveText('This export includes 2 reflections.');
  await data.exportButton('Export PDF report').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Influence Journal report' })).toBeVisible();
}

test.describe('the PDF report holds the Progress figures', () => {
  // axe reads every figure's chart and table; on a busy two-core machine that takes minutes.
  test.describe.configure({ timeout: 240_000 });

  test('each figure by its name, with its table, for the reflections in the report only', async ({
    page,
  }) => {
    await openReport(page);
    const progress = page.getByRole('region', { name: 'Progress', exact: true });
    // Neither the reflection before the period nor the private one is counted.
    await expect(progress).toContainText('2 complete reflections from');
    for (const title of progressFigureTitles) {
      const figure = progress.getByRole('figure', { name: title, exact: true });
      await expect(figure).toBeVisible();
      // A figure may hold more than one table ("Plans followed through" has two): each is shown.
      await expect(figure.getByRole('table').first()).toBeVisible();
      await expect(figure.getByRole('table').last()).toBeVisible();
    }
    // The tables are there to read, not behind a button.
    await expect(progress.getByRole('button', { name: 'Show data' })).toHaveCount(0);
    const outcomes = progress
      .getByRole('figure', { name: 'Outcomes by week', exact: true })
      .getByRole('table');
    await expect(outcomes).toContainText('Achieved');
    // After the cover, before the reflections.
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    const at = (name: string) => sections.indexOf(name);
    expect(at('Summary')).toBeGreaterThanOrEqual(0);
    expect(at('Progress')).toBeGreaterThan(at('Summary'));
    expect(at('Reflections')).toBeGreaterThan(at('Progress'));
  });

  test('on paper every figure keeps its table and no heading ends a page; axe passes in both themes', async ({
    page,
  }) => {
    await openReport(page);
    const progress = page.getByRole('region', { name: 'Progress', exact: true });
    await expect(progress.getByRole('figure')).toHaveCount(progressFigureTitles.length);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ media: 'screen', colorScheme });
      await expectNoSeriousAxeViolations(page);
    }
    await page.emulateMedia({ media: 'print' });
    for (const title of progressFigureTitles) {
      const tables = progress.getByRole('figure', { name: title, exact: true }).getByRole('table');
      await expect(tables.first()).toBeVisible();
      await expect(tables.last()).toBeVisible();
    }
    await expect(progress.getByRole('heading', { level: 2, name: 'Progress' })).toHaveCSS(
      'break-after',
      'avoid',
    );
    await expect(progress).toHaveCSS('break-after', 'page');
    await expect(page.getByRole('article').first().getByRole('heading', { level: 3 })).toHaveCSS(
      'break-after',
      'avoid',
    );
  });
});
