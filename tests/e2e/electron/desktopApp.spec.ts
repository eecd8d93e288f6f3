import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronBinary } from '../../../scripts/electronBinary.mjs';
import { USER_DATA_ENV } from '../../../shared/app/identity';
import { eventChannels, invokeChannels } from '../../../shared/ipc/channels';
import { AppShell, mainPages } from '../pages/AppShell';
import { expectNoSeriousAxeViolations } from '../support/axe';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const binary = findElectronBinary();

test.describe('the desktop app', () => {
  test.skip(!binary.found, binary.found ? '' : `no Electron binary: ${binary.reason}`);

  let app: ElectronApplication;
  let window: Page;
  let userData: string;

  test.beforeEach(async () => {
    if (!binary.found) return;
    userData = await mkdtemp(path.join(os.tmpdir(), 'influence-journal-e2e-'));
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    app = await electron.launch({
      executablePath: binary.path,
      // Chromium will not start its OS sandbox as root (CI containers); the page sandbox stays on.
      args: [projectRoot, ...(isRoot ? ['--no-sandbox'] : [])],
      env: { ...process.env, [USER_DATA_ENV]: userData },
    });
    window = await app.firstWindow();
  });

  test.afterEach(async () => {
    await app?.close();
    if (userData) await rm(userData, { recursive: true, force: true });
  });

  test('opens one locked-down window on the app origin', async () => {
    // Each page names itself first ("Welcome · Influence Journal" on a first start).
    await expect(window).toHaveTitle(/Influence Journal$/);
    expect(window.url()).toMatch(/^app:\/\/journal\//);
    const windows = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => {
        // Undocumented but long-standing: the preferences the renderer was really created with.
        const contents = w.webContents as unknown as {
          getLastWebPreferences?: () => Record<string, unknown>;
        };
        const p = contents.getLastWebPreferences?.() ?? null;
        return {
          title: w.getTitle(),
          prefs: p && {
            contextIsolation: p.contextIsolation,
            sandbox: p.sandbox,
            nodeIntegration: p.nodeIntegration,
            webSecurity: p.webSecurity,
          },
        };
      }),
    );
    expect(windows).toHaveLength(1);
    expect(windows[0]?.title).toBe('Influence Journal');
    // Asserted, not assumed: if Electron stops reporting them, this fails rather than passing unchecked.
    expect(windows[0]?.prefs).not.toBeNull();
    expect(windows[0]?.prefs).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const pageGlobals = await window.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { journal: object }).journal).sort(),
    }));
    expect(pageGlobals).toEqual({
      require: 'undefined',
      process: 'undefined',
      bridge: [...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort(),
    });
  });

  test('answers a bridge call with the app details and its own data folder', async () => {
    const shell = new AppShell(window);
    await expect(shell.navigation).toBeVisible();
    await shell.goTo('Settings');
    await expect(window.getByText(userData, { exact: true })).toBeVisible();
    await expect(window.getByRole('definition').filter({ hasText: /^linux|darwin|win32$/ })).toBeVisible();
  });

  test('every page opens from the navigation and passes axe', async () => {
    const shell = new AppShell(window);
    for (const { link, heading } of mainPages) {
      await shell.goTo(link, heading);
      await expectNoSeriousAxeViolations(window);
    }
  });
});
