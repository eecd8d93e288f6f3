// What the benchmark measures in the running app. Each function drives the page as a person
// would (keyboard, scrolling) and reads the app's own performance marks.
import { writeFile } from 'node:fs/promises';
import { watchMarks } from './markWatcher.mjs';

const markTime = (page, name) =>
  page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null, name);

export async function measureColdStart(page, context, baseUrl) {
  const marks = await watchMarks(page);
  await page.goto(`${baseUrl}index.html#/journal`, { waitUntil: 'commit' });
  await marks.waitFor('list:interactive', 60_000);
  await marks.waitFor('search:ready', 120_000);
  const listInteractive = await markTime(page, 'list:interactive');
  const searchReady = await markTime(page, 'search:ready');
  const ready = await page.evaluate(
    () => performance.getEntriesByName('search:ready').at(-1)?.detail ?? null,
  );
  // A cold start must load the saved index; a rebuild here means the template was not saved.
  if (ready?.source !== 'persisted')
    throw new Error(`Search started from a ${ready?.source} index, not the saved one.`);
  // The goal is defined as the heap after five idle seconds.
  await page.waitForTimeout(5_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const workerUsedSize = await searchWorkerHeap(cdp);
  await cdp.detach();
  return {
    listInteractive,
    searchReady,
    searchLoadMs: ready.durationMs,
    heapMb: usedSize / 1024 / 1024,
    workerHeapMb: workerUsedSize / 1024 / 1024,
  };
}

/**
 * G1 alone (`BENCH_ONLY=g1`): a cold start to the first rows, with where the main thread went
 * meanwhile. CDP's Performance domain is on from before the navigation, so ScriptDuration and
 * TaskDuration at `list:interactive` are the page's own CPU time up to the first rows (load on the
 * machine stretches the wall clock far more than these). With `cpuProfilePath`, a CPU profile of
 * the same start-up is saved there (read it against the build's source maps).
 */
export async function measureFirstRows(page, context, baseUrl, { cpuProfilePath } = {}) {
  const marks = await watchMarks(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cpuProfilePath) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  await page.goto(`${baseUrl}index.html#/journal`, { waitUntil: 'commit' });
  await marks.waitFor('list:interactive', 60_000);
  const { metrics } = await cdp.send('Performance.getMetrics');
  if (cpuProfilePath) {
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(cpuProfilePath, JSON.stringify(profile));
  }
  await cdp.detach();
  const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
  const at = (name) =>
    page.evaluate((n) => performance.getEntriesByName(n, 'mark').at(0)?.startTime ?? null, name);
  return {
    listInteractive: await at('list:interactive'),
    appBoot: await at('app:boot'),
    dbOpen: await at('db:open'),
    scriptMs: metric('ScriptDuration'),
    taskMs: metric('TaskDuration'),
  };
}

/**
 * G1's floor: a freshly started browser's first paint of fifty rows of plain HTML (no script,
 * no storage), from the same kind of cold start as the app's.
 */
export async function measureStaticPaint(page, baseUrl) {
  await page.goto(`${baseUrl}bench/staticRows.html`);
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName('first-contentful-paint')[0];
          if (!paint) return;
          observer.disconnect();
          resolve(paint.startTime);
        }).observe({ type: 'paint', buffered: true });
      }),
  );
}

/**
 * G1's framework-free floor: a freshly started browser on a fresh copy of the profile runs one
 * small script that opens the journal raw and draws its newest 50 rows (bench/scriptRows.ts).
 */
export async function measureScriptPaint(page, baseUrl) {
  await page.goto(`${baseUrl}bench/scriptRows.html`, { waitUntil: 'commit' });
  await page.waitForFunction(
    () =>
      performance.getEntriesByName('rows:painted').length +
        performance.getEntriesByName('rows:failed').length >
      0,
    null,
    { timeout: 60_000 },
  );
  const { painted, failure } = await page.evaluate(() => ({
    painted: performance.getEntriesByName('rows:painted')[0]?.startTime ?? null,
    failure: performance.getEntriesByName('rows:failed')[0]?.detail ?? null,
  }));
  if (painted === null) throw new Error(`The bare script could not paint the first rows: ${failure}`);
  return painted;
}

/**
 * The search worker's heap after a forced GC. Playwright opens no session on a dedicated worker,
 * so this attaches through the page's session and talks to the worker by relayed messages.
 */
async function searchWorkerHeap(cdp) {
  const attached = new Promise((resolve) => {
    const onAttached = (event) => {
      if (event.targetInfo.type !== 'worker' || event.targetInfo.title !== 'search') return;
      cdp.off('Target.attachedToTarget', onAttached);
      resolve(event.sessionId);
    };
    cdp.on('Target.attachedToTarget', onAttached);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const sessionId = await attached;
  let nextId = 0;
  const call = (method) =>
    new Promise((resolve) => {
      const id = (nextId += 1);
      const onMessage = (event) => {
        const message = JSON.parse(event.message);
        if (message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolve(message.result);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    });
  await call('HeapProfiler.collectGarbage');
  const { usedSize } = await call('Runtime.getHeapUsage');
  return usedSize;
}

export const queries = ['budget', 'deadline', 'roadmap', 'launch', 'priorities', 'report'];

export async function measureSearch(page) {
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const box = page.getByRole('searchbox', { name: 'Search reflections' });
  const keystrokes = [];
  for (const word of queries) {
    await box.fill('');
    await box.focus();
    for (const char of word) {
      const before = await page.evaluate(() => performance.getEntriesByName('search:results-painted').length);
      await page.keyboard.type(char);
      await page.waitForFunction(
        (count) => performance.getEntriesByName('search:results-painted').length > count,
        before,
        { timeout: 30_000 },
      );
      const latency = await page.evaluate(() => {
        const starts = performance.getEntriesByName('search:query-start');
        const painted = performance.getEntriesByName('search:results-painted');
        const end = painted.at(-1)?.startTime ?? 0;
        const start = [...starts].reverse().find((s) => s.startTime <= end)?.startTime ?? end;
        return end - start;
      });
      keystrokes.push(latency);
    }
  }
  const durations = (name) =>
    page.evaluate((n) => performance.getEntriesByName(n).map((e) => e.duration), name);
  const compute = await durations('search:compute');
  const hits = await durations('search:hits');
  const longTasks = await page.evaluate(() => window.__longTasks);
  return {
    keystrokeP95: percentile(keystrokes, 95),
    computeP95: compute.length > 0 ? percentile(compute, 95) : null,
    hitsP95: hits.length > 0 ? percentile(hits, 95) : null,
    longestTask: longTasks.length > 0 ? Math.max(...longTasks) : 0,
  };
}

/**
 * Runs in the page: 60 idle frames, then 400 frames each scrolling the window 1.5 screens (a
 * hard fling while older pages load). The same routine measures the app and the bare list.
 */
function scrollFrames() {
  const target = document.scrollingElement;
  const frames = (count, step) =>
    new Promise((resolve) => {
      const deltas = [];
      let last = performance.now();
      let n = 0;
      const tick = (now) => {
        deltas.push(now - last);
        last = now;
        if (step) target.scrollTop += step();
        n += 1;
        if (n < count) requestAnimationFrame(tick);
        else resolve(deltas.slice(1));
      };
      requestAnimationFrame(tick);
    });
  return frames(60, null).then((idle) =>
    frames(400, () => target.clientHeight * 1.5).then((scrolling) => ({
      idleFrame: Math.max(...idle),
      longestFrame: Math.max(...scrolling),
      scrolledTo: target.scrollTop,
    })),
  );
}

export async function measureScroll(page) {
  await page.goto(page.url().replace(/#.*$/, '#/journal'));
  await page.getByRole('list', { name: 'Reflections' }).waitFor();
  return page.evaluate(scrollFrames);
}

/** G8's floor: the same fling over a bare virtualized list of plain rows, with no app around it. */
export async function measureBareScroll(page, baseUrl, count) {
  await page.goto(`${baseUrl}bench/bareList.html#${count}`);
  await page.waitForSelector('body[data-ready="true"]');
  return page.evaluate(scrollFrames);
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? null;
}
