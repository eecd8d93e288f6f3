// G4: the Progress page. From the journal, started and idle, to every figure of Progress on
// screen (the page marks `progress:drawn` after the paint that shows them all) for its first
// range, then a change to "All time" (every reflection) and a relationship filter on top, each
// until the figures have drawn again.
// Its floor is reading every reflection raw, which bench/seed.ts measures in the full run and
// readEveryReflection() below measures when only G4 runs (`BENCH_ONLY=g4 npm run bench`).
import { watchMarks } from './markWatcher.mjs';

export const g4Goals = {
  'G4 journal to Progress drawn': {
    floor: 'floor: raw getAll of every reflection',
    target: '< 300 ms and < 0.2x the floor; 10k to 50k grows < 1.5x',
  },
  'G4 range change redrawn': { floor: null, target: '< 100 ms (to All time)' },
  'G4 filter change redrawn': { floor: null, target: '< 100 ms' },
  'G4 longest task on Progress': { floor: null, target: '' },
};

/**
 * Runs in the page: does `act` (a small function's source, so it crosses into the page), then
 * resolves with the time from just before it to the first `progress:drawn` mark after it.
 */
function timeUntilDrawn(actSource) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const timer = setTimeout(() => reject(new Error('Progress never marked progress:drawn')), 120_000);
    const observer = new PerformanceObserver((list) => {
      const drawn = list.getEntriesByName('progress:drawn').find((entry) => entry.startTime > started);
      if (!drawn) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(drawn.startTime - started);
    });
    observer.observe({ type: 'mark' });
    new Function(actSource)();
  });
}

// What the person does, as plain page script: the app is a hash-routed page, so following the
// "Progress" link is a change of hash; a radio button and a select are changed as a click and a
// change event would change them.
const goToProgress = `location.hash = '#/progress';`;
const chooseAllTime = `
  const label = [...document.querySelectorAll('.progress-range label')].find((l) => l.textContent.trim() === 'All time');
  if (!label) throw new Error('No "All time" range on Progress');
  label.click();`;
const filterPeers = `
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Relationship');
  const select = label && document.getElementById(label.htmlFor);
  if (!select) throw new Error('No "Relationship" filter on Progress');
  select.value = 'peer';
  select.dispatchEvent(new Event('change', { bubbles: true }));`;

/** The longest main-thread task since the observer started, read once the figures are drawn. */
function startLongTasks() {
  window.__g4LongestTask = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__g4LongestTask = Math.max(window.__g4LongestTask, entry.duration);
    }
  }).observe({ type: 'longtask' });
}

/** One run of G4 on an opened page of a fresh profile copy; returns metric name to milliseconds. */
export async function measureProgress(page, baseUrl) {
  const marks = await watchMarks(page);
  await page.goto(`${baseUrl}index.html#/journal`, { waitUntil: 'commit' });
  await marks.waitFor('list:interactive', 60_000);
  // Wait for search too: its start-up work would otherwise share the main thread with Progress.
  await marks.waitFor('search:ready', 120_000);
  await page.evaluate(startLongTasks);
  const navigation = await page.evaluate(timeUntilDrawn, goToProgress);
  const allTime = await page.evaluate(timeUntilDrawn, chooseAllTime);
  const filter = await page.evaluate(timeUntilDrawn, filterPeers);
  const longestTask = await page.evaluate(() => window.__g4LongestTask);
  return {
    'G4 journal to Progress drawn': navigation,
    'G4 range change redrawn': allTime,
    'G4 filter change redrawn': filter,
    'G4 longest task on Progress': longestTask,
  };
}

/** G4's floor when only G4 runs: every reflection read raw in one getAll, in a fresh browser. */
export async function readEveryReflection(page, baseUrl) {
  await page.goto(`${baseUrl}bench/seed.html`);
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('influence-journal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const started = performance.now();
          const request = db.transaction('reflections', 'readonly').objectStore('reflections').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const elapsed = performance.now() - started;
            db.close();
            resolve(elapsed);
          };
        };
      }),
  );
}

/**
 * G4 for one run of one size, on its own fresh copy of the template (so it never changes the
 * profile another goal's cold start uses), after two visits that leave the code cached. With `withFloor`, also reads its floor, for runs of G4 alone.
 */
export async function runG4({ withPage, freshProfile, baseUrl, record, withFloor }) {
  const profile = await freshProfile();
  // Two earlier visits, each in its own browser, as a person who uses Progress has made:
  // Chromium keeps a script's compiled code from its second run on, as the template does for
  // the journal's own start (run.mjs).
  for (let visit = 0; visit < 2; visit += 1) {
    await withPage(profile, async (page) => {
      await page.goto(`${baseUrl}index.html#/progress`);
      await page.waitForFunction(() => performance.getEntriesByName('progress:drawn').length > 0, null, {
        timeout: 120_000,
      });
    });
  }
  await withPage(profile, async (page) => {
    for (const [name, ms] of Object.entries(await measureProgress(page, baseUrl))) record(name, ms);
  });
  if (withFloor) {
    await withPage(profile, async (page) =>
      record('floor: raw getAll of every reflection', await readEveryReflection(page, baseUrl)),
    );
  }
}
