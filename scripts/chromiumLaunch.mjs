// Which Chromium the browser tests and the benchmark drive, and with which flags.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * CHROMIUM_PATH if set; else undefined (Playwright's own browser) where `npx playwright install`
 * worked; else the system's Chromium.
 */
export function chromiumExecutable(env = process.env) {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return undefined;
  } catch {
    // No Playwright browser registry entry: fall through to the system browser.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  );
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Chromium refuses its sandbox as root; the quiet flags stop it calling home on a closed network. */
export const chromiumArgs = [
  ...(isRoot ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
