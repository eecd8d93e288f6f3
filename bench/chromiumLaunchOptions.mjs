import { existsSync } from 'node:fs';

/** Same browser choice as the end-to-end tests: CHROMIUM_PATH, else the system Chromium. */
export function chromiumLaunchOptions() {
  const executablePath =
    process.env.CHROMIUM_PATH ??
    ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...(isRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  };
}
