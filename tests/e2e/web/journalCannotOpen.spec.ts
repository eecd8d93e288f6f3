import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';

test.describe('when the journal cannot open', () => {
  test('says so with the reason, offers Reload, and shows nothing else', async ({ page }) => {
    // The browser's storage fails outright, as a damaged profile or a full disk can make it.
    await page.addInitScript(() => {
      Object.defineProperty(IDBFactory.prototype, 'open', {
        configurable: true,
        value() {
          throw new DOMException('The disk could not be read.', 'UnknownError');
        },
      });
    });
    await page.goto('');
    const heading = page.getByRole('heading', { level: 1, name: 'The journal could not open' });
    await expect(heading).toBeVisible();
    await expect(page.getByText(/could not save or read data/)).toBeVisible();
    await expect(page.getByText(/The disk could not be read/)).toBeVisible();
    // Nothing that would need the journal is left on screen.
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    // Reload works by keyboard.
    const reload = page.getByRole('button', { name: 'Reload' });
    await reload.focus();
    await expect(reload).toBeFocused();
    const reloaded = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await reloaded;
    await expect(heading).toBeVisible();
  });
});
