import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './scripts/electronBinary.mjs';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/support/chromiumExecutable';
import { welcomeDoneStorageState } from './tests/e2e/support/welcomeDone';

const port = Number(process.env.E2E_PORT ?? 5199);
const executablePath = chromiumExecutable();

// Said once, by the runner (workers load this file too): the Electron specs skip rather than fail.
const electronBinary = findElectronBinary();
if (!electronBinary.found && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(`Electron end-to-end tests will be skipped: ${electronBinary.reason}.`);
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  // No retries: a flaky test fails the run, as it should.
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  // Recording a trace costs on every test, passing or not (about a tenth of the runner's CPU on
  // themes.spec.ts). A failure still leaves its page snapshot (error-context.md, which .ci/run
  // prints); `npx playwright test --trace on` records traces when one is wanted.
  use: { trace: 'on-first-retry' },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e/web',
      use: {
        browserName: 'chromium',
        baseURL: `http://127.0.0.1:${port}/`,
        viewport: { width: 1024, height: 720 },
        storageState: welcomeDoneStorageState(`http://127.0.0.1:${port}`),
        // Dates follow the browser's language unless Settings says otherwise. English as written in
        // Israel: weeks from Sunday like en-US, which the specs were written under, and dates day
        // first on a 24-hour clock ("Mon 2 Mar 2026, 09:30"), which they read.
        locale: 'en-IL',
        launchOptions: { ...(executablePath ? { executablePath } : {}), args: chromiumArgs },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/e2e/electron',
    },
  ],
  webServer: {
    command: 'node scripts/serve-web.mjs',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
