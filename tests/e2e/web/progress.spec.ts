import { expect, test } from '@playwright/test';
import { epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { periodStartOf, type WeekStartDay } from '../../../shared/progress/progressCalendar';
import { formatPeriod } from '../../../renderer/features/progress/progressFormat';
import { AppShell } from '../pages/AppShell';
import { progressFigureTitles, ProgressPage } from '../pages/ProgressPage';
import { ReflectionFlow } from '../pages/ReflectionFlow';
import { expectNoSeriousAxeViolations } from '../support/axe';
import {
  SEED_TIME_ZONE,
  generatedJournal,
  seedJournal,
  seedPerson,
  seedReflection,
  type SeedJournal,
} from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const DAY_MS = 86_400_000;
const dana = seedPerson('Dana Fox');
const lee = seedPerson('Lee Park');

/** A reflection `daysAgo` days before now, at 10:00 local time, so it lands on a known day. */
function daysAgo(days: number, people: (typeof dana)[], overrides: Partial<Reflection>): Reflection {
  const day = epochMsToLocalDateTime(Date.now() - days * DAY_MS, SEED_TIME_ZONE).slice(0, 10);
  const reflection = seedReflection(new Date(Date.now() - days * DAY_MS).toISOString(), people, overrides);
  return { ...reflection, occurredAt: `${day}T10:00` };
}

const principles = (
  empowered: { applied: boolean | null; rating: number | null; escalated: string },
  trust?: number,
) => ({
  'empowered-adults': {
    applied: empowered.applied,
    rating: empowered.rating,
    notes: '',
    checks: { 'escalated-to-manager': empowered.escalated },
  },
  ...(trust === undefined
    ? {}
    : { 'build-partnerships': { applied: true, rating: null, notes: '', checks: { trust } } }),
});

const reflections = [
  daysAgo(2, [dana], {
    relationship: 'peer',
    tags: ['budget'],
    outcome: 'achieved',
    principles: principles({ applied: true, rating: 4, escalated: 'no' }, 4),
  }),
  daysAgo(9, [lee], {
    relationship: 'manager',
    tags: ['rota'],
    outcome: 'not-yet',
    principles: principles({ applied: true, rating: null, escalated: 'yes' }),
  }),
  daysAgo(16, [dana], {
    relationship: 'peer',
    tags: ['budget'],
    outcome: 'partly-achieved',
    principles: principles({ applied: false, rating: 3, escalated: 'considered' }),
  }),
  daysAgo(200, [lee], { relationship: 'manager', outcome: 'made-it-worse' }),
  daysAgo(3, [dana], { status: 'draft', asked: 'Not finished yet' }),
  daysAgo(4, [lee], { outcome: 'achieved', deletedAt: new Date().toISOString() }),
];
const journal: SeedJournal = { people: [dana, lee], reflections };

test.describe('Progress', () => {
  test('an empty journal says what will appear and offers a new reflection', async ({ page }) => {
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(page.getByText(/Once you save complete reflections/)).toBeVisible();
    await expect(
      page.getByRole('main').getByRole('link', { name: 'New reflection', exact: true }),
    ).toBeVisible();
  });

  test('shows every figure with tables that match the journal, by range and filter', async ({ page }) => {
    await seedJournal(page, journal);
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(progress.count).toContainText('3 complete reflections');
    for (const title of progressFigureTitles) {
      await expect(progress.figure(title)).toBeVisible();
    }

    const outcomes = await progress.showData('Outcomes by week');
    const totals = await outcomes
      .getByRole('row')
      .evaluateAll((rows) =>
        rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => Number(cell.textContent))),
      );
    const sum = (column: number) => totals.reduce((total, row) => total + (row[column] ?? 0), 0);
    expect([sum(0), sum(1), sum(2), sum(3), sum(4)]).toEqual([1, 1, 1, 0, 3]);

    const coverage = await progress.showData('Principle coverage');
    expect(await progress.rowCells(coverage, 'Empowered adults')).toEqual(['2', '1', '1']);
    expect(await progress.rowCells(coverage, 'Sphere of influence')).toEqual(['0', '0', '3']);

    const escalations = await progress.showData('Escalations to your manager');
    await expect(escalations).toContainText('(1 of 3 in all)');

    const sphere = await progress.showData('Sphere of influence');
    expect(await progress.rowCells(sphere, 'Dana Fox')).toEqual(['Peer', '2', '4']);
    await expect(
      progress.figure('Sphere of influence').getByRole('link', { name: 'Dana Fox' }),
    ).toHaveAttribute('href', `#/people/${dana.id}`);

    await progress.chooseRange('12 months');
    await expect(progress.count).toContainText('4 complete reflections');
    // Over six months the bars stand for months, and the figure keeps its name.
    await expect(progress.figure('Outcomes by week')).toContainText('the bars are grouped by month');
    await expect(
      progress.figure('Outcomes by week').getByRole('columnheader', { name: 'Month' }),
    ).toBeAttached();

    await progress.filter('Person').selectOption({ label: 'Lee Park' });
    await expect(progress.count).toContainText('2 complete reflections');
    expect(await progress.rowCells(sphere, 'Lee Park')).toEqual(['Manager', '2', 'not rated']);
    await progress.filter('Person').selectOption({ label: 'Everyone' });
    await progress.filter('Tag').selectOption('budget');
    await expect(progress.count).toContainText('2 complete reflections');
  });

  test('takes custom dates, and prints every figure with its table', async ({ page }) => {
    await seedJournal(page, journal);
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(progress.count).toContainText('3 complete reflections');
    await progress.chooseRange('Custom');
    const day = (days: number) =>
      epochMsToLocalDateTime(Date.now() - days * DAY_MS, SEED_TIME_ZONE).slice(0, 10);
    await page.getByLabel('From', { exact: true }).fill(day(10));
    await page.getByLabel('To', { exact: true }).fill(day(1));
    await expect(progress.count).toContainText('2 complete reflections');

    await page.emulateMedia({ media: 'print' });
    for (const title of progressFigureTitles) {
      await expect(progress.figure(title).getByRole('table').first()).toBeVisible();
      await expect(progress.figure(title).getByRole('table').last()).toBeVisible();
    }
    await expect(progress.filter('Person')).toBeHidden();
  });

  test('follows a reflection saved in another tab', async ({ context, page }) => {
    await seedJournal(page, journal);
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(progress.count).toContainText('3 complete reflections');

    const writer = await context.newPage();
    const flow = new ReflectionFlow(writer);
    await flow.openNew();
    await flow.choosePerson('Dana Fox', { isNew: false });
    await flow.asked.fill('An extra week for the budget review');
    await flow.goToStep('Review and save');
    await flow.saveButton.click();
    await flow.expectOnEntryPage();

    await expect(progress.count).toContainText('4 complete reflections');
  });

  test('counts its weeks from the first day chosen in Settings', async ({ page }) => {
    await seedJournal(page, journal);
    const progress = new ProgressPage(page);
    const twoDaysAgo = epochMsToLocalDateTime(Date.now() - 2 * DAY_MS, SEED_TIME_ZONE).slice(0, 10);
    const weekHolding = (weekStartsOn: WeekStartDay) =>
      formatPeriod(periodStartOf(twoDaysAgo, 'week', weekStartsOn), 'week');

    for (const [choice, weekStartsOn] of [
      ['Monday', 1],
      ['Saturday', 6],
    ] as const) {
      await page.goto('#/settings');
      await page.getByLabel('First day of the week', { exact: true }).selectOption({ label: choice });
      await progress.open();
      await expect(progress.count).toContainText('3 complete reflections');
      const outcomes = await progress.showData('Outcomes by week');
      // The achieved attempt two days ago is counted in the week that starts on the chosen day.
      expect(await progress.rowCells(outcomes, weekHolding(weekStartsOn))).toEqual(['1', '0', '0', '0', '1']);
    }
    expect(weekHolding(1)).not.toBe(weekHolding(6));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe in the ${colorScheme} theme with its data shown`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await seedJournal(page, journal);
      const progress = new ProgressPage(page);
      await progress.open();
      await expect(progress.count).toContainText('3 complete reflections');
      await progress.showData('Principle ratings over time');
      await progress.showData('What goes with good outcomes');
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('is reached from the main navigation', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open('#/journal');
    await shell.goTo('Progress');
  });

  test('a long range keeps the page its own width: the streak grid scrolls inside its figure, from its newest weeks', async ({
    page,
  }) => {
    // Two years of reflections: at All time the streak grid has a column a week, wider than the page.
    await page.setViewportSize({ width: 800, height: 600 });
    await seedJournal(page, generatedJournal({ reflections: 400 }));
    const progress = new ProgressPage(page);
    await progress.open();
    const grid = page.getByRole('group', { name: 'Days with reflections, as a grid' });
    // Where the grid's squares stand against the space it shows them in, once it is in view.
    const edges = async () => {
      await grid.scrollIntoViewIfNeeded();
      return grid.evaluate((element) => {
        const shown = element.getBoundingClientRect();
        const squares = element.querySelector('svg')?.getBoundingClientRect();
        if (squares === undefined) throw new Error('The streak grid has no chart');
        return { left: squares.left - shown.left, right: squares.right - shown.right };
      });
    };
    // Three months fit: the grid sits at the left of its figure, as before.
    expect((await edges()).left).toBe(0);
    await progress.chooseRange('All time');
    await expect(grid).toBeVisible();
    // The grid itself is wider than the space it has, so it scrolls sideways on its own.
    expect(await grid.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // It opens at its newest weeks (a person wants this week): its right end is in view, its
    // oldest weeks are scrolled out of view to the left.
    const allTime = await edges();
    expect(Math.abs(allTime.right)).toBeLessThanOrEqual(1);
    expect(allTime.left).toBeLessThan(-100);
    // The page does not: every figure, and the page, stay within the window.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBe(0);
  });
});
