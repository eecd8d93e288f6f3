import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { SEED_TIME_ZONE, seedJournal, seedPerson, seedReflection } from '../support/seedJournal';

test.use({ timezoneId: SEED_TIME_ZONE });

const dana = seedPerson('Dana Fox');
const lee = seedPerson('Lee Park');

/**
 * Counts, on every change to the page, the lists named "Reflections" that assistive technology
 * can reach (outside an inert subtree), and keeps the most ever seen, from the very first paint.
 */
function watchReflectionLists() {
  const reachable = () =>
    [...document.querySelectorAll('[role="list"][aria-label="Reflections"]')].filter(
      (list) => list.closest('[inert]') === null,
    ).length;
  const state = window as unknown as { __mostLists: number; __shift: number };
  state.__mostLists = 0;
  state.__shift = 0;
  new MutationObserver(() => {
    state.__mostLists = Math.max(state.__mostLists, reachable());
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['inert'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.__shift += (entry as unknown as { value: number }).value;
  }).observe({ type: 'layout-shift', buffered: true });
}

test("the journal's first rows show before the app's code has loaded, as links the app then takes over", async ({
  page,
}) => {
  await seedJournal(page, {
    people: [dana, lee],
    reflections: [
      seedReflection('2026-03-02T09:30:00Z', [dana], { asked: 'Asked Dana for the budget figures' }),
      seedReflection('2026-03-04T14:00:00Z', [lee], { asked: 'Asked Lee to move the launch' }),
      seedReflection('2026-03-05T08:15:00Z', [dana, lee], { asked: 'Asked both about the roadmap' }),
    ],
  });
  // React's rows on screen, as the person last saw them.
  const list = page.getByRole('list', { name: 'Reflections', exact: true });
  await expect(list.getByRole('link')).toHaveCount(3);
  const reactRows = await list.getByRole('link').allInnerTexts();

  // The app's own code is held back, so what shows is the early painter's alone.
  let releaseApp = () => {};
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.addInitScript(watchReflectionLists);
  await page.reload({ waitUntil: 'commit' });

  await expect(list.getByRole('link')).toHaveCount(3);
  expect(await page.evaluate(() => performance.getEntriesByName('app:boot').length)).toBe(0);
  expect(await list.getByRole('link').allInnerTexts()).toEqual(reactRows);
  await expect(list.getByRole('link', { name: /Asked both about the roadmap/ })).toHaveAttribute(
    'href',
    /^#\/reflections\/[0-9a-f-]+$/,
  );
  await expectNoSeriousAxeViolations(page);
  // The keyboard reaches the rows; the second one keeps focus through the hand-over.
  await page.keyboard.press('Tab');
  await expect(list.getByRole('link').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(list.getByRole('link').nth(1)).toBeFocused();

  releaseApp();
  await expect(page.locator('.early-journal')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'New reflection', exact: true })).toBeVisible();
  await expect(list.getByRole('link')).toHaveCount(3);
  expect(await list.getByRole('link').allInnerTexts()).toEqual(reactRows);
  await expect(list.getByRole('link').nth(1)).toBeFocused();
  const seen = await page.evaluate(() => {
    const state = window as unknown as { __mostLists: number; __shift: number };
    return { mostLists: state.__mostLists, shift: state.__shift };
  });
  expect(seen.mostLists).toBe(1);
  expect(seen.shift).toBeLessThan(0.01);

  // Enter on an early row opens the reflection once the app has started.
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Journal');
});

test('an early row clicked before the app has started opens its reflection when it does', async ({
  page,
}) => {
  await seedJournal(page, {
    people: [dana],
    reflections: [
      seedReflection('2026-03-02T09:30:00Z', [dana], { asked: 'Asked Dana for the budget figures' }),
    ],
  });
  let releaseApp = () => {};
  const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await appHeld;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  await page.getByRole('link', { name: /Asked Dana for the budget figures/ }).click();
  await expect(page).toHaveURL(/#\/reflections\/[0-9a-f-]+$/);
  releaseApp();
  await expect(page.getByText('Asked Dana for the budget figures').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Reflections', exact: true })).toHaveCount(0);
});
