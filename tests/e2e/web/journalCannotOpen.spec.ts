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

  test('refuses a journal that a newer version of the app upgraded, and leaves it as it was', async ({
    page,
  }) => {
    // A newer build left the journal at a schema version this build does not know.
    await page.addInitScript(() => {
      if (sessionStorage.getItem('newer-journal-made') === 'yes') return;
      sessionStorage.setItem('newer-journal-made', 'yes');
      const open = indexedDB.open('influence-journal', 9990);
      open.onupgradeneeded = () => {
        open.result.createObjectStore('listRows', { keyPath: 'id' }).put({ id: 'from-the-future' });
      };
      open.onsuccess = () => open.result.close();
    });
    await page.goto('');
    await expect(page.getByRole('heading', { level: 1, name: 'The journal could not open' })).toBeVisible();
    await expect(page.getByText(/last opened by a newer version of Influence Journal/)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expectNoSeriousAxeViolations(page);
    const untouched = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('influence-journal');
          open.onsuccess = () => {
            const db = open.result;
            const stores = [...db.objectStoreNames];
            db.close();
            resolve({ version: db.version, stores });
          };
        }),
    );
    expect(untouched).toEqual({ version: 9990, stores: ['listRows'] });
  });
});
