import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumExecutable as browserForApp } from '../../../scripts/chromiumLaunch.mjs';

export { chromiumArgs };

/** Debian's "old headless" Chromium: the same engine as /usr/bin/chromium without the desktop browser. */
export const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The browser the web specs drive: CHROMIUM_PATH or Playwright's own build when there is one,
 * else Debian's headless shell, else the system's Chromium. The headless shell is the browser
 * Playwright itself runs headless tests in; the full Chromium in headless mode starts the whole
 * desktop browser around each page, and on two cores it cost about three times the CPU for the
 * same pages (new context and page, the app's start, five idle seconds). The benchmark keeps
 * the full browser (scripts/chromiumLaunch.mjs), as a person's browser is.
 */
export function chromiumExecutable(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = browserForApp(env);
  if (env.CHROMIUM_PATH || chosen === undefined) return chosen;
  return existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : chosen;
}

/**
 * The full Chromium, for the one check the headless shell cannot make: it reports notifications as
 * blocked even when the context grants them, so "notifications allowed" runs in the full browser.
 */
export function fullChromiumLaunchOptions(env: NodeJS.ProcessEnv = process.env) {
  const executablePath = browserForApp(env);
  return { ...(executablePath ? { executablePath } : {}), args: chromiumArgs };
}
