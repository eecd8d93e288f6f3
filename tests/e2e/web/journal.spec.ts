import { expect, test } from '@playwright/test';
import { JOURNAL_ROW_REM, JOURNAL_WEEK_HEADING_REM } from '../../../renderer/features/journal/journalRowSize';
import { EntryPage, JournalPage, TrashPage } from '../pages/JournalPages';
import { expectNoSeriousAxeViolations } from '../support/axe';
import {
  generatedJournal,
  SEED_TIME_ZONE,
  seedJournal,
  seedPerson,
  seedReflection,
  type SeedJournal,
} from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const dana = seedPerson('Dana Fox');
const lee = seedPerson('Lee Park');

/** Three reflections over two weeks (Wed 4 Mar, Mon 2 Mar, Fri 27 Feb 2026). */
const smallJournal: SeedJournal = {
  people: [dana, lee],
  reflections: [
    seedReflection('2026-02-27T15:00:00Z', [lee], { asked: 'Asked Lee for a second reviewer' }),
    seedReflection('2026-03-04T10:30:00Z', [dana], {
      asked: 'Asked Dana for the launch numbers a week early',
      context: 'The board meeting moved forward.',
      outcome: 'partly-achieved',
      learned: 'Lead with what is in it for her team.',
      principles: {
        'sphere-of-influence': {
          applied: true,
          rating: 4,
          notes: 'We both answer for the launch.',
          checks: {},
        },
      },
    }),
    seedReflection('2026-03-02T09:00:00Z', [dana, lee], { asked: 'Asked both to share the rota' }),
  ],
};

test.describe('journal in the browser build', () => {
  test('lists seeded reflections newest first under week headings', async ({ page }) => {
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await expect(journal.rows).toHaveCount(3);
    await expect(journal.rows.nth(0)).toContainText('Asked Dana for the launch numbers a week early');
    await expect(journal.rows.nth(0)).toContainText('Wed 4 Mar 2026, 10:30');
    await expect(journal.rows.nth(0)).toContainText('Partly achieved');
    await expect(journal.rows.nth(0)).toContainText('Sphere of influence');
    await expect(journal.rows.nth(1)).toContainText('Dana Fox, Lee Park');
    await expect(journal.rows.nth(2)).toContainText('Asked Lee for a second reviewer');
    // Weeks start on the browser language's first day (en-US: Sunday) until Settings say otherwise.
    await expect(journal.weekHeadings).toHaveText(['Week of 1 Mar 2026', 'Week of 22 Feb 2026']);
    await expectNoSeriousAxeViolations(page);
  });

  test('scrolling a 2,000-entry journal loads older entries and keeps the DOM small', async ({ page }) => {
    // Twenty pages load one after another as the end comes near; a busy 2-core machine needs the room.
    test.slow();
    const big = generatedJournal({ reflections: 2_000 });
    const newest = big.reflections.at(-1);
    const oldest = big.reflections[0];
    if (!newest || !oldest) throw new Error('The generator made no reflections');
    await seedJournal(page, big);
    const journal = new JournalPage(page);
    await expect(journal.rowLink(newest.id)).toBeVisible();
    await expect(page.getByText('2,000 reflections')).toBeVisible();
    expect(await journal.rows.count()).toBeLessThan(60);
    // The benchmark reads this mark to time the first rows painted.
    expect(await page.evaluate(() => performance.getEntriesByName('list:interactive').length)).toBe(1);

    await journal.scrollUntilVisible(journal.rowLink(oldest.id));
    await expect(journal.endOfJournal).toBeVisible();
    expect(await journal.rows.count()).toBeLessThan(60);
    await expect(journal.rows.last()).toHaveAttribute('aria-posinset', '2000');
  });

  test('a fling faster than a screen a frame shows dated cards, then whole rows once it stops', async ({
    page,
  }) => {
    await seedJournal(page, generatedJournal({ reflections: 300 }));
    const journal = new JournalPage(page);
    await expect(journal.rows.first().getByRole('link').first()).toBeVisible();
    // Eight frames of 1.5 screens each, noting what the rows on screen showed in each frame.
    const seen = await page.evaluate(
      () =>
        new Promise<Array<{ passing: number; dated: boolean }>>((resolve) => {
          const frames: Array<{ passing: number; dated: boolean }> = [];
          const step = () => {
            const passing = [...document.querySelectorAll('.journal-row-passing')];
            frames.push({
              passing: passing.length,
              dated: passing.every((row) => /\d/.test(row.textContent ?? '')),
            });
            if (frames.length === 8) return resolve(frames);
            document.scrollingElement?.scrollBy(0, window.innerHeight * 1.5);
            requestAnimationFrame(step);
          };
          requestAnimationFrame(step);
        }),
    );
    expect(seen.some((frame) => frame.passing > 0)).toBe(true);
    expect(seen.every((frame) => frame.dated)).toBe(true);
    // Once the list stops, every row on screen is whole again: a link with its text.
    await expect(page.locator('.journal-row-passing')).toHaveCount(0);
    await expect(journal.rows.first().getByRole('link').first()).toBeVisible();
    await expectNoSeriousAxeViolations(page);
  });

  test('arrow keys move between rows and focus stays visible', async ({ page }) => {
    await seedJournal(page, generatedJournal({ reflections: 120 }));
    const journal = new JournalPage(page);
    const first = journal.rows.nth(0).getByRole('link').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const second = journal.rows.nth(1).getByRole('link').first();
    await expect(second).toBeFocused();
    expect(await second.evaluate((element) => getComputedStyle(element).outlineStyle)).not.toBe('none');
    for (let step = 0; step < 40; step += 1) await page.keyboard.press('ArrowDown');
    await expect(page.locator('[data-index="41"] .journal-row-link')).toBeFocused();
    await expect(page.locator('[data-index="41"] .journal-row-link')).toBeInViewport();

    // A held key repeats faster than rows render: thirty presses within one task still move thirty rows.
    await page.evaluate(() => {
      for (let press = 0; press < 30; press += 1) {
        document.activeElement?.dispatchEvent(
          new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }),
        );
      }
    });
    await expect(page.locator('[data-index="71"] .journal-row-link')).toBeFocused();
    await expect(page.locator('[data-index="71"] .journal-row-link')).toBeInViewport();
  });

  test('rows have fixed heights that follow the root font size, with their text inside', async ({ page }) => {
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await expect(journal.rows).toHaveCount(3);
    // Each row's box, and whether its card and every line of text end inside it.
    const geometry = () =>
      journal.rows.evaluateAll((items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect();
          const parts = [...item.querySelectorAll('.journal-row, .journal-row-link > *')];
          return {
            top: box.top + window.scrollY,
            height: box.height,
            fits: parts.every((part) => part.getBoundingClientRect().bottom <= box.bottom + 0.5),
            textFits: [...item.querySelectorAll('.journal-row-link > *')].every(
              (line) => line.scrollHeight <= line.clientHeight + 1,
            ),
          };
        }),
      );
    for (const rootPx of [16, 24]) {
      await page.evaluate((px) => {
        document.documentElement.style.fontSize = `${px}px`;
        window.dispatchEvent(new Event('resize'));
      }, rootPx);
      const row = JOURNAL_ROW_REM * rootPx;
      const heading = JOURNAL_WEEK_HEADING_REM * rootPx;
      // Three rows over two weeks: the first of each week carries its heading.
      await expect
        .poll(async () => (await geometry()).map((item) => item.height))
        .toEqual([row + heading, row, row + heading]);
      const items = await geometry();
      expect(items.map((item) => item.top - (items[0]?.top ?? 0))).toEqual([
        0,
        row + heading,
        2 * row + heading,
      ]);
      expect(items.every((item) => item.fits && item.textFits)).toBe(true);
    }
  });

  test("follows the person's own default font size", async ({ page, context }) => {
    // As if the person had set a larger default text size in their browser's settings.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await expect(journal.rows).toHaveCount(3);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20px');
    const heights = await journal.rows.evaluateAll((items) =>
      items.map((item) => item.getBoundingClientRect().height),
    );
    expect(heights[1]).toBeCloseTo(JOURNAL_ROW_REM * 20, 1);
  });

  test('opens an entry and shows its text, then stars it', async ({ page }) => {
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await journal.row('Asked Dana for the launch numbers').getByRole('link').first().click();
    const entry = new EntryPage(page);
    await expect(entry.heading).toBeVisible();
    await expect(entry.section('What did you ask for?')).toContainText(
      'Asked Dana for the launch numbers a week early',
    );
    await expect(entry.section('What happened?')).toContainText('The board meeting moved forward.');
    await expect(entry.section('Principles')).toContainText('We both answer for the launch.');
    await expect(entry.section('What did you learn?')).toContainText('Lead with what is in it for her team.');
    await expect(entry.editLink).toHaveAttribute('href', /#\/reflections\/[0-9a-f-]+\/edit$/);
    await expect(journal.shell.link('Journal')).toHaveAttribute('aria-current', 'location');
    await expectNoSeriousAxeViolations(page);

    await expect(entry.starButton).toHaveAttribute('aria-pressed', 'false');
    await entry.starButton.click();
    await expect(entry.starButton).toHaveAttribute('aria-pressed', 'true');
    await page.goBack();
    await expect(journal.row('Asked Dana for the launch numbers')).toContainText('Starred');
  });

  test('Delete moves an entry to the Trash and Undo brings it back', async ({ page }) => {
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await journal.row('Asked Lee for a second reviewer').getByRole('link').first().click();
    await new EntryPage(page).deleteButton.click();
    await expect(journal.heading).toBeVisible();
    await expect(journal.status).toContainText('Reflection moved to the Trash.');
    await expect(journal.rows).toHaveCount(2);
    await journal.undoButton.click();
    await expect(journal.status).toContainText('Reflection restored.');
    await expect(journal.rows).toHaveCount(3);
    await expect(journal.row('Asked Lee for a second reviewer')).toBeVisible();
  });

  test('a deleted entry waits in the Trash and can be restored', async ({ page }) => {
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await journal.row('Asked both to share the rota').getByRole('link').first().click();
    await new EntryPage(page).deleteButton.click();
    await expect(journal.rows).toHaveCount(2);

    await journal.trashLink.click();
    const trash = new TrashPage(page);
    await expect(trash.heading).toBeVisible();
    // The Trash has no link of its own: the Journal link stays marked as where the person is.
    await expect(journal.shell.link('Journal')).toHaveAttribute('aria-current', 'location');
    await expect(trash.item('Asked both to share the rota')).toContainText('Removed for good on');
    await expectNoSeriousAxeViolations(page);
    await trash.restore('Asked both to share the rota');
    await expect(trash.status).toContainText('Restored to the journal.');
    await expect(trash.emptyMessage).toBeVisible();

    await new JournalPage(page).shell.goTo('Journal');
    await expect(journal.row('Asked both to share the rota')).toBeVisible();
  });

  test('Delete forever removes an entry from the Trash for good', async ({ page }) => {
    await seedJournal(page, smallJournal);
    const journal = new JournalPage(page);
    await journal.row('Asked Lee for a second reviewer').getByRole('link').first().click();
    await new EntryPage(page).deleteButton.click();
    await journal.trashLink.click();
    const trash = new TrashPage(page);
    await trash.deleteForever('Asked Lee for a second reviewer');
    await expect(trash.status).toContainText('Deleted for good.');
    await expect(trash.emptyMessage).toBeVisible();
  });

  test('markup typed into a reflection is shown as text and never runs', async ({ page }) => {
    const img = '<img src=x onerror="window.__xss=1">';
    const script = '<script>window.__xss=1</script>';
    const sneaky = seedPerson('<b onmouseover="window.__xss=1">Bold</b>');
    const hostile = seedReflection('2026-03-05T11:00:00Z', [sneaky], {
      asked: img,
      context: script,
      learned: img,
    });
    await seedJournal(page, { people: [sneaky], reflections: [hostile] });
    const journal = new JournalPage(page);
    await expect(journal.rows.nth(0)).toContainText(img);
    await expect(journal.rows.nth(0)).toContainText('<b onmouseover="window.__xss=1">Bold</b>');

    const entry = new EntryPage(page);
    await entry.open(hostile.id);
    await expect(entry.section('What did you ask for?')).toContainText(img);
    await expect(entry.section('What happened?')).toContainText(script);
    await expect(page.getByRole('main').locator('img, script, b')).toHaveCount(0);
    expect(await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined();
  });

  test('an empty journal invites a first reflection', async ({ page }) => {
    const journal = new JournalPage(page);
    await journal.open();
    await expect(journal.startReflectionLink).toBeVisible();
    await expectNoSeriousAxeViolations(page);
    await journal.startReflectionLink.click();
    await expect(journal.shell.heading('New reflection')).toBeVisible();
  });

  test('an unknown entry says it was not found', async ({ page }) => {
    await page.goto('#/reflections/019ce0a2-5d40-7000-8000-00000000dead');
    await expect(new JournalPage(page).shell.heading('Reflection not found')).toBeVisible();
  });

  test('the journal and an entry fit an 800x600 window', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await seedJournal(page, smallJournal);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const journal = new JournalPage(page);
    await journal.row('Asked Dana for the launch numbers').getByRole('link').first().click();
    await expect(new EntryPage(page).heading).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});

const longAsk =
  'Asked Dana to move the launch review a week earlier so the pilot numbers could come with us, ' +
  'and to bring her analyst, because the board wants the retention figures first and we only have them then';
const cardJournal: SeedJournal = {
  people: [dana, lee],
  reflections: [
    seedReflection('2026-03-03T09:00:00Z', [dana], { asked: longAsk, tags: ['launch'] }),
    seedReflection('2026-03-04T10:30:00Z', [], {
      status: 'draft',
      asked: '',
      context: 'Lee said the rota was already decided',
      tags: ['rota', 'q3'],
    }),
    seedReflection('2026-03-05T10:30:00Z', [lee], { asked: 'طلبت من لي مراجعة الجدول' }),
  ],
};

test.describe('journal cards, text direction and page titles', () => {
  test('a draft card shows its first words and tags; the Drafts list ends with its own line', async ({
    page,
  }) => {
    await seedJournal(page, cardJournal);
    const journal = new JournalPage(page);
    const draft = journal.row('Lee said the rota was already decided');
    await expect(draft).toContainText('Draft');
    await expect(draft).toContainText('#rota');
    await expect(draft).toContainText('#q3');
    await expect(draft).not.toContainText('Nothing written yet');
    await expect(journal.row(longAsk.slice(0, 60))).toContainText('#launch');
    await journal.filter('Drafts').click();
    await expect(journal.rows).toHaveCount(1);
    const endNote = page.getByRole('main').getByText('That is your oldest draft.');
    await expect(endNote).toBeVisible();
    await expect(journal.endOfJournal).toHaveCount(0);
    // Centred under the list, not within the narrower width running text keeps to.
    const [noteBox, listBox] = [await endNote.boundingBox(), await journal.list.boundingBox()];
    if (noteBox === null || listBox === null) throw new Error('The end note or the list has no box.');
    const centre = (box: { x: number; width: number }) => box.x + box.width / 2;
    expect(Math.abs(centre(noteBox) - centre(listBox))).toBeLessThan(2);
  });

  test('a cut preview ends in an ellipsis at a wide and a narrow width', async ({ page }) => {
    await seedJournal(page, cardJournal);
    const journal = new JournalPage(page);
    const preview = journal.row(longAsk.slice(0, 60)).locator('.journal-row-asked');
    // Cut when the row was written: the text itself ends in one, however wide the card.
    await expect(preview).toHaveText(/…$/);
    await page.setViewportSize({ width: 1400, height: 800 });
    await expect(preview).toHaveText(/…$/);
    await page.setViewportSize({ width: 420, height: 700 });
    // Narrower than its two lines: the line clamp draws the ellipsis.
    await expect
      .poll(() => preview.evaluate((element) => element.scrollHeight > element.clientHeight))
      .toBe(true);
    await expect(preview).toHaveCSS('-webkit-line-clamp', '2');
    await expect(preview).toHaveCSS('text-overflow', 'ellipsis');
  });

  test('text people wrote takes its own direction: a card, a title and a field', async ({ page }) => {
    await seedJournal(page, cardJournal);
    const journal = new JournalPage(page);
    const arabic = page.getByText('طلبت من لي مراجعة الجدول', { exact: true });
    await expect(arabic).toHaveAttribute('dir', 'auto');
    await expect(journal.row('Lee said the rota').getByText('#rota')).toHaveAttribute('dir', 'auto');
    await journal.row('Lee said the rota').getByRole('link').first().click();
    await expect(page.getByText('Lee said the rota was already decided', { exact: true })).toHaveAttribute(
      'dir',
      'auto',
    );
    await page.goto(`#/reflections/${cardJournal.reflections[1]?.id ?? ''}/edit`);
    await expect(page.getByLabel('What did you ask for?')).toHaveAttribute('dir', 'auto');
  });

  test('the window title names the page', async ({ page }) => {
    await seedJournal(page, cardJournal);
    const journal = new JournalPage(page);
    await expect(journal.heading).toBeVisible();
    await expect(page).toHaveTitle('Journal · Influence Journal');
    await journal.row('Lee said the rota').getByRole('link').first().click();
    await expect(page).toHaveTitle('Lee said the rota was already decided · Influence Journal');
    await journal.shell.goTo('People');
    await expect(page).toHaveTitle('People · Influence Journal');
    await page.getByRole('main').getByRole('link', { name: 'Dana Fox', exact: true }).click();
    await expect(page).toHaveTitle('Dana Fox · Influence Journal');
    await page.goto('#/new');
    await expect(page).toHaveTitle('New reflection · Influence Journal');
    await page.goto('#/trash');
    await expect(page).toHaveTitle('Trash · Influence Journal');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`cards with drafts, tags and right-to-left text pass axe in the ${colorScheme} theme`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await seedJournal(page, cardJournal);
      await expect(new JournalPage(page).rows).toHaveCount(3);
      await expectNoSeriousAxeViolations(page);
    });
  }
});
