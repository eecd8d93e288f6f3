import { expect, test } from '@playwright/test';
import { AppShell, mainPages } from '../pages/AppShell';
import { expectNoSeriousAxeViolations } from '../support/axe';

test.describe('app shell in the browser build', () => {
  test('every link in the Main navigation opens its page with a level-1 heading', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    await expect(shell.heading('Journal')).toBeVisible();
    for (const { link, heading, hash } of mainPages) {
      await shell.goTo(link, heading);
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      await expect(shell.link(link)).toHaveAttribute('aria-current', 'page');
      // The tab and the desktop window name the page.
      await expect(page).toHaveTitle(`${heading} · Influence Journal`);
    }
  });

  for (const { link, heading } of mainPages) {
    test(`${heading} page has no serious accessibility violation`, async ({ page }) => {
      const shell = new AppShell(page);
      await shell.open();
      await shell.goTo(link, heading);
      await expectNoSeriousAxeViolations(page);
    });
  }

  test('New reflection is reachable from every page', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    for (const { link, heading } of mainPages) {
      await shell.goTo(link, heading);
      await shell.newReflectionButton.click();
      await expect(shell.heading('New reflection')).toBeVisible();
    }
  });

  test('works by keyboard alone, with a visible focus ring', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();

    await page.keyboard.press('Tab');
    await expect(page.getByRole('searchbox', { name: 'Search reflections' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(shell.newReflectionButton).toBeFocused();
    const outline = await shell.newReflectionButton.evaluate(
      (element) => getComputedStyle(element).outlineStyle,
    );
    expect(outline).not.toBe('none');

    await page.keyboard.press('Tab');
    await expect(shell.link('Journal')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(shell.link('Progress')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.heading('Progress')).toBeVisible();
    await expect(shell.heading('Progress')).toBeFocused();

    // From the heading, Shift+Tab walks back through the navigation to the New reflection button.
    await page.keyboard.press('Shift+Tab');
    await expect(shell.link('Help')).toBeFocused();
    for (let step = 0; step < 8; step += 1) await page.keyboard.press('Shift+Tab');
    await expect(shell.newReflectionButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(shell.heading('New reflection')).toBeVisible();
  });

  test('fits an 800x600 window without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    const shell = new AppShell(page);
    await shell.open();
    for (const { link, heading } of mainPages) {
      await shell.goTo(link, heading);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${heading} overflows horizontally`).toBeLessThanOrEqual(0);
      await expect(shell.newReflectionButton).toBeInViewport();
    }
  });

  test('follows the system dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    const shell = new AppShell(page);
    await shell.open();
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(28, 27, 34)');
    await expectNoSeriousAxeViolations(page);
  });

  test('an unknown address says so and keeps the navigation', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open('#/no-such-page');
    await expect(shell.heading('Page not found')).toBeVisible();
    await shell.goTo('Journal');
  });

  test('Settings shows the app details through the platform layer', async ({ page }) => {
    const shell = new AppShell(page);
    await shell.open('#/settings');
    const about = page.getByRole('definition').filter({ hasText: /^web$/ });
    await expect(about).toBeVisible();
    await expect(page.getByText('0.1.0', { exact: true })).toBeVisible();
  });
});
