import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppShell } from '../pages/AppShell';
import { EntryPage, JournalPage, PeoplePage, TrashPage } from '../pages/JournalPages';
import { ProgressPage } from '../pages/ProgressPage';
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
  await expect(page.getByRole('heading', { level: 1, name: 'Continue reflection' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await flow.stepButton("Negotiate, don't manipulate").click();
  await expect(flow.stepHeading("Negotiate, don't manipulate")).toBeVisible();
  await expectNoSeriousAxeViolations(page);
  await flow.stepButton('Outcome and next step').click();
  await page.getByText('Looking back (optional)').click();
  await expect(page.getByLabel('What did you expect to happen?')).toBeVisible();
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

/** The pages built after the first pass: Progress, Data, Prepare, Coach review, Help and the welcome. */
async function checkLaterPages(page: Page): Promise<void> {
  await seedJournal(page, journal);
  const progress = new ProgressPage(page);
  await progress.open();
  await expect(progress.count).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  for (const [route, heading] of [
    ['#/data', 'Data'],
    ['#/prepare/new', 'Prepare a conversation'],
    ['#/coach', 'Coach review'],
    ['#/help', 'Help'],
  ] as const) {
    await page.goto(route);
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  }

  await page.goto('#/welcome');
  await expect(page.getByRole('button', { name: 'Skip' })).toBeVisible();
  await expectNoSeriousAxeViolations(page);
}

test.describe('both colour themes, on pages with a journal in them', () => {
  // Each page is scanned by axe in full, a few seconds apiece on two cores.
  test.describe.configure({ timeout: 180_000 });
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
        expect(background).toBe(colorScheme === 'dark' ? 'rgb(28, 27, 34)' : 'rgb(246, 245, 241)');
      });
    }
  }
});

test.describe('forced colours (Windows high contrast)', () => {
  test.describe.configure({ timeout: 180_000 });
  for (const [pages, check] of [
    ['the journal, an entry, a person, the Trash and search', checkJournalPages],
    ['the guided flow, the quick note, reminders and settings', checkFlowAndSettings],
    ['Progress, Data, Prepare, Coach review, Help and the welcome', checkLaterPages],
  ] as const) {
    test(`${pages} pass axe in forced colours`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await check(page);
    });
  }

  test('the current page in the navigation and the focused control keep an outline', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    const shell = new AppShell(page);
    await shell.open('#/journal');
    // The selected link's background is dropped by forced colours; its outline says where you are.
    await expect(shell.link('Journal')).toHaveCSS('outline-style', 'solid');
    await expect(shell.link('Progress')).toHaveCSS('outline-style', 'none');
    await shell.link('Journal').focus();
    await page.keyboard.press('Tab');
    await expect(shell.link('Progress')).toBeFocused();
    await expect(shell.link('Progress')).toHaveCSS('outline-style', 'solid');
  });
});

/** The focus token's colour as the browser computes it, for comparing with an outline. */
async function focusColour(page: Page): Promise<string> {
  return page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--focus)';
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });
}

async function expectFocusRing(control: Locator, colour: string): Promise<void> {
  await expect(control).toBeFocused();
  await expect(control).toHaveCSS('outline-style', 'solid');
  await expect(control).toHaveCSS('outline-color', colour);
  const width = await control.evaluate((element) =>
    Number.parseFloat(getComputedStyle(element).outlineWidth),
  );
  expect(width).toBeGreaterThanOrEqual(2);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every kind of control shows the same focus ring, not the danger colour, in the ${colorScheme} theme`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    const shell = new AppShell(page);
    await shell.open('#/new');
    const colour = await focusColour(page);
    const danger = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.style.color = 'var(--danger)';
      document.body.append(probe);
      const value = getComputedStyle(probe).color;
      probe.remove();
      return value;
    });
    expect(colour).not.toBe(danger);

    // A link, a button, a search field, a text field and a radio, each reached with the keyboard.
    await shell.link('Data').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expectFocusRing(shell.link('Data'), colour);
    const flow = new ReflectionFlow(page);
    await flow.quickNoteButton.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expectFocusRing(flow.quickNoteButton, colour);
    const search = page.getByRole('searchbox', { name: 'Search reflections' });
    await search.focus();
    await expectFocusRing(search, colour);
    await flow.quickNoteButton.click();
    await flow.whatHappened.focus();
    await expectFocusRing(flow.whatHappened, colour);
    await page.getByRole('radio').first().focus();
    await page.keyboard.press('ArrowDown');
    await expectFocusRing(page.locator('input[type="radio"]:focus'), colour);
  });
}

test.describe('the page frame', () => {
  test('under 960px the sidebar shows icons, and each label is a tooltip that stays the link name', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 900, height: 700 });
    const shell = new AppShell(page);
    await shell.open('#/journal');
    const progress = shell.link('Progress');
    const label = progress.getByText('Progress', { exact: true });
    const box = await progress.boundingBox();
    expect(box?.width).toBeLessThan(64);
    await expect(label).toHaveCSS('opacity', '0');
    await progress.hover();
    await expect(label).toHaveCSS('opacity', '1');
    await expect(progress.locator('svg')).toHaveAttribute('aria-hidden', 'true');
    await shell.goTo('Progress');
  });

  test('at 960px and wider the labels are written beside the icons', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const shell = new AppShell(page);
    await shell.open('#/journal');
    const label = shell.link('Coach review').getByText('Coach review', { exact: true });
    await expect(label).toHaveCSS('opacity', '1');
    const box = await shell.link('Coach review').boundingBox();
    expect(box?.width).toBeGreaterThan(150);
  });

  test('with reduced motion asked for, nothing in the frame animates', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const shell = new AppShell(page);
    await shell.open('#/journal');
    const seconds = await shell
      .link('Progress')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).transitionDuration));
    expect(seconds).toBeLessThan(0.001);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const normal = await shell
      .link('Progress')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).transitionDuration));
    expect(normal).toBeGreaterThan(0.05);
  });
});
