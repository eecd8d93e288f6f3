import { chromiumArgs, chromiumExecutable } from '../scripts/chromiumLaunch.mjs';

/** The end-to-end tests' browser, plus precise memory figures for the heap goal. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable();
  return {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, '--enable-precise-memory-info'],
  };
}
