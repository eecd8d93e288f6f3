import { chromiumArgs, chromiumExecutable } from '../scripts/chromiumLaunch.mjs';

/**
 * The browser reads back the compiled code it cached for the app's scripts, as the desktop app's
 * start does (`app://` is registered with `codeCache: true`) and as "What a cold run is" in
 * docs/benchmarks.md means a cold run to be. Debian's Chromium 156 never reads it while its
 * background resource fetch is on: traced, every start compiled every chunk from source and wrote
 * the cache again; with the feature off the third start consumed it (docs/benchmarks.md,
 * twenty-second session). Playwright's own list of features to turn off is repeated, since the
 * last `--disable-features` given is the one Chromium keeps. BENCH_CODE_CACHE=0 leaves the
 * feature on, as the bench ran until the twenty-third session.
 */
const codeCacheArgs =
  process.env.BENCH_CODE_CACHE === '0'
    ? []
    : ['--disable-features=AimEnabled,PreconnectToSearch,BackgroundResourceFetch'];

/** The end-to-end tests' browser, plus precise memory figures for the heap goal. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumExecutable();
  return {
    headless: true,
    ...(executablePath ? { executablePath } : {}),
    args: [...chromiumArgs, '--enable-precise-memory-info', ...codeCacheArgs],
  };
}
