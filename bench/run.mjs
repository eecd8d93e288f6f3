// `npm run bench`: seeds journals of 1k, 10k and 50k reflections into the browser build through the
// app's own storage code, then measures cold starts (each from a fresh copy of a template profile)
// against floors measured in the same run. Prints a table and writes bench/results.json.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { chromiumLaunchOptions } from './chromiumLaunchOptions.mjs';
import {
  measureBareScroll,
  measureColdStart,
  measureFirstRows,
  measureSearch,
  measureScriptPaint,
  measureStaticPaint,
  measureScroll,
  queries,
} from './appMeasurements.mjs';
import { summarize, printTable, mergeResults } from './report.mjs';
import { measureExportImport } from './g5g6.mjs';
import { runG4 } from './g4.mjs';
import { measureCoach } from './coach.mjs';
import { watchMarks } from './markWatcher.mjs';
import { waitForStorageToSettle } from './settleProfile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env.BENCH_OUT_DIR ?? path.join(root, 'dist', 'bench', 'app');
const profiles = process.env.BENCH_PROFILES ?? path.join(root, 'bench', '.profiles');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const runs = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
// `BENCH_ONLY=g5g6 npm run bench` measures only export and import, and keeps the other rows of
// bench/results.json as they were; `g2` only the save and its raw floor; `g1` only the first rows and their two cold-start floors
// (`BENCH_G1_CPU_PROFILES=dir` also saves a CPU profile of each app start-up there).
const only = process.env.BENCH_ONLY ?? '';

function build() {
  const env = { ...process.env, RENDERER_OUT_DIR: outDir };
  for (const args of [
    ['vite', 'build', '--logLevel', 'warn'],
    ['vite', 'build', '--config', 'bench/vite.bench.config.ts', '--logLevel', 'warn'],
  ]) {
    const result = spawnSync('npx', args, { cwd: root, env, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`Build failed: npx ${args.join(' ')}`);
  }
}

async function withPage(userDataDir, fn) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

function isSearchIndexSaved() {
  return new Promise((resolve) => {
    const open = indexedDB.open('influence-journal');
    open.onerror = () => resolve(false);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['searchIndex', 'searchChanges'], 'readonly');
      const saved = tx.objectStore('searchIndex').count();
      const pending = tx.objectStore('searchChanges').count();
      tx.oncomplete = () => {
        db.close();
        resolve(saved.result > 0 && pending.result === 0);
      };
      tx.onerror = () => resolve(false);
    };
  });
}

async function makeTemplate(baseUrl, size) {
  const template = path.join(profiles, `template-${size}`);
  await rm(template, { recursive: true, force: true });
  await mkdir(template, { recursive: true });
  const seeded = await withPage(template, async (page) => {
    await page.goto(`${baseUrl}bench/seed.html`);
    await page.waitForSelector('body[data-ready="true"]');
    return page.evaluate((n) => window.__bench.seed(n), size);
  });
  // Open the app once so the search index is built and persisted, as after a user's first start.
  await withPage(template, async (page) => {
    await page.goto(`${baseUrl}index.html#/journal`);
    await page.waitForFunction(() => performance.getEntriesByName('search:ready').length > 0, null, {
      timeout: 600_000,
    });
    // The worker saves the index after building it; close only once it is on disk and every queued
    // change is absorbed. Polled from here because waitForFunction takes a returned promise as truthy.
    const deadline = Date.now() + 600_000;
    while (!(await page.evaluate(isSearchIndexSaved))) {
      if (Date.now() > deadline) throw new Error(`The search index for ${size} reflections was never saved`);
      await page.waitForTimeout(500);
    }
    // With the app still open, as it would be in use (see settleProfile.mjs).
    await waitForStorageToSettle(template);
  });
  // A second start stores the app's compiled code (Chromium caches code the second time a script
  // runs), so each cold run is a start like a person's everyday one rather than the first after
  // an update. docs/benchmarks.md says what that leaves out.
  await withPage(template, async (page) => {
    const marks = await watchMarks(page);
    await page.goto(`${baseUrl}index.html#/journal`, { waitUntil: 'commit' });
    await marks.waitFor('search:ready', 120_000);
    await waitForStorageToSettle(template);
  });
  console.log(
    `  seeded ${seeded.reflections} reflections and ${seeded.people} people in ${Math.round(seeded.ms)} ms`,
  );
  return template;
}

/** One G1 run: the app's cold start to its first rows, then both cold-start floors, each fresh. */
async function measureG1Run(baseUrl, template, profile, size, run, add) {
  const fresh = async () => {
    await rm(profile, { recursive: true, force: true });
    await cp(template, profile, { recursive: true });
  };
  const cpuProfiles = process.env.BENCH_G1_CPU_PROFILES;
  if (cpuProfiles) await mkdir(cpuProfiles, { recursive: true });
  await fresh();
  const app = await withPage(profile, (page, context) =>
    measureFirstRows(page, context, baseUrl, {
      cpuProfilePath: cpuProfiles ? path.join(cpuProfiles, `g1-${size}-${run}.cpuprofile`) : undefined,
    }),
  );
  add('G1 first rows painted', size, app.listInteractive);
  add('G1 split: app:boot', size, app.appBoot);
  // The app's own open of the journal answered (the page's first script warms it: fourteenth session).
  add('G1 split: db:open', size, app.dbOpen);
  add('G1 split: main-thread script to first rows', size, app.scriptMs);
  add('G1 split: main-thread tasks to first rows', size, app.taskMs);
  await fresh();
  const script = await withPage(profile, (page) => measureScriptPaint(page, baseUrl));
  add('floor: cold start, rows painted by a bare script', size, script);
  await fresh();
  add(
    'floor: cold start, static rows painted',
    size,
    await withPage(profile, (page) => measureStaticPaint(page, baseUrl)),
  );
  await rm(profile, { recursive: true, force: true });
  console.log(
    `    first rows ${Math.round(app.listInteractive)} ms, bare script ${Math.round(script)} ms ` +
      `(${(app.listInteractive / script).toFixed(2)}x), app:boot ${Math.round(app.appBoot)} ms, ` +
      `db:open ${Math.round(app.dbOpen)} ms, ` +
      `script ${Math.round(app.scriptMs)} ms, tasks ${Math.round(app.taskMs)} ms`,
  );
}

async function main() {
  build();
  process.env.RENDERER_OUT_DIR = outDir;
  const server = await preview({
    preview: { port: Number(process.env.BENCH_PORT ?? 5180), strictPort: true },
  });
  const baseUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5180/';
  const samples = {};
  const add = (name, size, value) =>
    (samples[`${name}@${size}`] ??= { name, size, values: [] }).values.push(value);
  try {
    for (const size of only === 'g1' ? sizes : []) {
      console.log(`Journal of ${size} reflections (G1 only)`);
      const template = await makeTemplate(baseUrl, size);
      for (let run = 0; run < runs; run += 1) {
        const profile = path.join(profiles, `run-${size}-${run}`);
        await measureG1Run(baseUrl, template, profile, size, run, add);
        process.stdout.write(`  run ${run + 1}/${runs} done (G1 only)\n`);
      }
    }
    // `BENCH_ONLY=g2`: one save through the repository against a raw put, on a fresh copy per run.
    for (const size of only === 'g2' ? sizes : []) {
      console.log(`Journal of ${size} reflections (G2 only)`);
      const template = await makeTemplate(baseUrl, size);
      for (let run = 0; run < runs; run += 1) {
        const profile = path.join(profiles, `run-${size}-${run}`);
        await rm(profile, { recursive: true, force: true });
        await cp(template, profile, { recursive: true });
        await withPage(profile, async (page) => {
          await page.goto(`${baseUrl}bench/seed.html`);
          await page.waitForSelector('body[data-ready="true"]');
          const saves = await page.evaluate(() => window.__bench.saves(60));
          add('G2 save p95', size, saves.p95);
          add('floor: raw single put p95', size, saves.floorP95);
        });
        await rm(profile, { recursive: true, force: true });
        process.stdout.write(`  run ${run + 1}/${runs} done (G2 only)\n`);
      }
    }
    for (const size of only === '' || only === 'g4' ? sizes : []) {
      console.log(`Journal of ${size} reflections`);
      const template = await makeTemplate(baseUrl, size);
      for (let run = 0; run < runs; run += 1) {
        const profile = path.join(profiles, `run-${size}-${run}`);
        // G4 (Progress) on its own fresh copy; `BENCH_ONLY=g4` measures it alone, with its floor.
        await runG4({
          withPage,
          freshProfile: async () => {
            await rm(profile, { recursive: true, force: true });
            await cp(template, profile, { recursive: true });
            return profile;
          },
          baseUrl,
          record: (name, ms) => add(name, size, ms),
          withFloor: only === 'g4',
        });
        if (only === 'g4') {
          await rm(profile, { recursive: true, force: true });
          process.stdout.write(`  run ${run + 1}/${runs} done (G4 only)\n`);
          continue;
        }
        await rm(profile, { recursive: true, force: true });
        await cp(template, profile, { recursive: true });
        await withPage(profile, async (page, context) => {
          const cold = await measureColdStart(page, context, baseUrl);
          add('G1 first rows painted', size, cold.listInteractive);
          add('G3b search ready', size, cold.searchReady);
          add('G3b index load in the worker', size, cold.searchLoadMs);
          add('G7 JS heap after 5 s idle (MB)', size, cold.heapMb + cold.workerHeapMb);
          add('G7 of which the search worker (MB)', size, cold.workerHeapMb);
          const search = await measureSearch(page);
          add('G3 search keystroke to results p95', size, search.keystrokeP95);
          add('G3 search compute p95', size, search.computeP95);
          add('G3 reading the shown hits p95', size, search.hitsP95);
          add('G3 longest task during search', size, search.longestTask);
          const scroll = await measureScroll(page);
          add('G8 longest scroll frame', size, scroll.longestFrame);
          add('floor: idle frame', size, scroll.idleFrame);
        });
        await withPage(profile, async (page) => {
          await page.goto(`${baseUrl}bench/seed.html`);
          await page.waitForSelector('body[data-ready="true"]');
          add(
            'floor: cold open + newest-50 raw read',
            size,
            await page.evaluate(() => window.__bench.coldOpen()),
          );
          const saves = await page.evaluate(() => window.__bench.saves(60));
          add('G2 save p95', size, saves.p95);
          add('floor: raw single put p95', size, saves.floorP95);
          const floors = await page.evaluate((words) => window.__bench.floors(words), queries);
          add('floor: newest-50 raw read', size, floors.newest50);
          add('floor: raw getAll of every reflection', size, floors.getAll);
          add('floor: persisted index reload', size, floors.indexReload);
          add('floor: warm index query p95', size, floors.warmQueryP95);
          add('reference: MiniSearch search() p95', size, floors.miniSearchQueryP95);
          const bare = await measureBareScroll(page, baseUrl, size);
          add('floor: bare virtualizer frame', size, bare.longestFrame);
        });
        // A second cold start from a fresh copy, this time of a page with no script at all.
        await rm(profile, { recursive: true, force: true });
        await cp(template, profile, { recursive: true });
        await withPage(profile, async (page) => {
          add('floor: cold start, static rows painted', size, await measureStaticPaint(page, baseUrl));
        });
        // And a third, of a page whose one small script reads and draws the rows without a framework.
        await rm(profile, { recursive: true, force: true });
        await cp(template, profile, { recursive: true });
        await withPage(profile, async (page) => {
          add(
            'floor: cold start, rows painted by a bare script',
            size,
            await measureScriptPaint(page, baseUrl),
          );
        });
        await rm(profile, { recursive: true, force: true });
        process.stdout.write(`  run ${run + 1}/${runs} done\n`);
      }
    }
    if (only === '' || only === 'g5g6') {
      await measureExportImport(baseUrl, add, {
        profiles,
        sizes: (process.env.BENCH_G5G6_SIZES ?? '10000,50000').split(',').map(Number),
        runs: Number(process.env.BENCH_G5G6_RUNS ?? 3),
      });
    }
    if (only === '' || only === 'coach') {
      await measureCoach(baseUrl, add, {
        profiles,
        clients: Number(process.env.BENCH_COACH_CLIENTS ?? 30),
        size: Number(process.env.BENCH_COACH_SIZE ?? 5000),
        exportSize: Number(process.env.BENCH_COACH_EXPORT ?? 10000),
        runs: Number(process.env.BENCH_COACH_RUNS ?? 3),
      });
    }
  } finally {
    await server.close();
  }
  const resultsPath = path.join(root, 'bench', 'results.json');
  const results = summarize(Object.values(samples));
  printTable(results);
  const written = only === '' ? results : await mergeResults(resultsPath, results);
  await writeFile(resultsPath, `${JSON.stringify(written, null, 2)}\n`);
  console.log('Wrote bench/results.json');
}

await main();
