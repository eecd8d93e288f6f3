// Tells the benchmark when the app sets a performance mark, without Playwright running its own
// scripts in the page meanwhile: waitForFunction first evaluates Playwright's injected script
// (tens of milliseconds of main thread) and then polls every frame, both in the middle of the
// start-up being measured. A binding and a tiny init script do the same job for almost nothing.

/** Call before navigating; `waitFor(name)` resolves once the page has marked `name`. */
export async function watchMarks(page) {
  const seen = new Set();
  const waiters = new Map();
  await page.exposeBinding('__benchMarked', (_source, name) => {
    seen.add(name);
    for (const resolve of waiters.get(name) ?? []) resolve();
    waiters.delete(name);
  });
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__benchMarked(entry.name);
    }).observe({ type: 'mark', buffered: true });
  });
  return {
    waitFor(name, timeoutMs) {
      if (seen.has(name)) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`The page never marked ${name} within ${timeoutMs / 1000} s.`)),
          timeoutMs,
        );
        const list = waiters.get(name) ?? [];
        list.push(() => {
          clearTimeout(timer);
          resolve();
        });
        waiters.set(name, list);
      });
    },
  };
}
