// Coach review at scale: a coach with 30 clients of 5,000 reflections each (added through the
// coach's own repository, in bulk), then
//   C1: the client list opened from the app's navigation, to the page's `coach:listed` mark
//       (C1b: from a cold start of the app at #/coach), against the floor of opening the coach's
//       database in a fresh browser and reading every client record raw;
//   C2: a 10,000-reflection export opened through "Open client journal", as a person does it
//       (file chooser, name, "Add client"), to the `coach:export-opened` mark, with the progress
//       bar and "Writing 10,000 reflections…" required to show on the way;
//   C3: switching from one client to another keeps the same document (no page load).
// `BENCH_ONLY=coach npm run bench`; BENCH_COACH_CLIENTS, BENCH_COACH_SIZE, BENCH_COACH_EXPORT and
// BENCH_COACH_RUNS make a small run to try it out.
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromiumLaunchOptions.mjs';
import { watchMarks } from './markWatcher.mjs';
import { waitForStorageToSettle } from './settleProfile.mjs';

const formatCount = (n) => n.toLocaleString('en-US');

export const coachGoals = {
  'C1 client list opened from the navigation': {
    floor: 'floor: coach database opened, every client read raw',
    target: '< 300 ms with 30 clients of 5,000',
  },
  'C1b cold start at Coach review to the list': {
    floor: 'floor: coach database opened, every client read raw',
    target: '',
  },
  'C2 export opened through Open client journal': {
    floor: null,
    target: '< 10000 ms at 10,000, progress shown',
  },
  'C1 of which loading the page code': { floor: null, target: '' },
  'C1 of which reading the client records': { floor: null, target: '' },
  'C1 of which rendering the list': { floor: null, target: '' },
  'C2 of which reading and checking': { floor: 'floor: the export parsed, JSON.parse alone', target: '' },
  'C2 of which writing the workspace': {
    floor: 'floor: reflections, list rows and facts written raw, one transaction',
    target: '',
  },
  'C3 switching clients keeps the page (1 = yes)': { floor: null, target: '1' },
};

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

/** Resolves with the page's clock when `text` first shows; watched from inside the page. */
function whenTextShows(page, text) {
  return page.evaluate(
    (wanted) =>
      new Promise((resolve) => {
        const check = () => {
          if (!document.body.textContent?.includes(wanted)) return false;
          resolve(performance.now());
          return true;
        };
        if (check()) return;
        const observer = new MutationObserver(() => check() && observer.disconnect());
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
    text,
  );
}

/** The page's clock at the next `type` event anywhere in it. */
function whenEventFires(page, type) {
  return page.evaluate(
    (eventType) =>
      new Promise((resolve) =>
        document.addEventListener(eventType, () => resolve(performance.now()), { capture: true, once: true }),
      ),
    type,
  );
}

const markTime = (page, name) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).at(-1)?.startTime ?? null, name);

async function openSeedPage(page, baseUrl) {
  await page.goto(`${baseUrl}bench/coachSeed.html`);
  await page.waitForSelector('body[data-ready="true"]');
}

async function makeCoachProfile(baseUrl, profiles, clients, size) {
  const template = path.join(profiles, 'coach-template');
  await rm(template, { recursive: true, force: true });
  await mkdir(template, { recursive: true });
  const seeded = await withPage(template, async (page) => {
    await openSeedPage(page, baseUrl);
    return page.evaluate(([n, s]) => window.__coachBench.seedClients(n, s), [clients, size]);
  });
  await withPage(template, async (page) => {
    await page.goto(`${baseUrl}index.html#/coach`);
    await page.getByRole('list', { name: 'Clients' }).waitFor({ timeout: 120_000 });
    await waitForStorageToSettle(template, { timeoutMs: 600_000 });
  });
  console.log(
    `  added ${clients} clients of ${formatCount(size)} reflections in ${Math.round(seeded.ms / 1000)} s`,
  );
  return template;
}

/**
 * From a cold start of the app on the journal: the list as a start at #/coach shows it (C1b), and,
 * in a second start, the list opened from the app's navigation once the journal is up (C1).
 */
async function measureList(baseUrl, profile, clients) {
  const countShown = async (page) => {
    const shown = await page.getByRole('list', { name: 'Clients' }).locator(':scope > li').count();
    if (shown !== clients) throw new Error(`The list showed ${shown} clients, not ${clients}.`);
  };
  const coldStart = await withPage(profile, async (page) => {
    const marks = await watchMarks(page);
    await page.goto(`${baseUrl}index.html#/coach`, { waitUntil: 'commit' });
    await marks.waitFor('coach:listed', 120_000);
    await countShown(page);
    return markTime(page, 'coach:listed');
  });
  const inApp = await withPage(profile, async (page) => {
    const marks = await watchMarks(page);
    await page.goto(`${baseUrl}index.html#/journal`);
    await marks.waitFor('db:open', 120_000);
    await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor({ timeout: 120_000 });
    const clicked = whenEventFires(page, 'click');
    await page.getByRole('link', { name: 'Coach review', exact: true }).first().click();
    await marks.waitFor('coach:listed', 120_000);
    await countShown(page);
    const at = await clicked;
    const [code, read, listed] = [
      await markTime(page, 'coach:code-loaded'),
      await markTime(page, 'coach:clients-read'),
      await markTime(page, 'coach:listed'),
    ];
    return { total: listed - at, code: code - at, read: read - code, render: listed - read };
  });
  return { coldStart, inApp };
}

async function measureListFloor(baseUrl, profile, clients) {
  return withPage(profile, async (page) => {
    await openSeedPage(page, baseUrl);
    const floor = await page.evaluate(() => window.__coachBench.coldListFloor());
    if (floor.clients !== clients)
      throw new Error(`The floor read ${floor.clients} clients, not ${clients}.`);
    return floor.ms;
  });
}

/** Opens one client, then another through Coach review's list, and checks the document stayed the same. */
async function checkSwitching(baseUrl, profile) {
  return withPage(profile, async (page) => {
    await page.goto(`${baseUrl}index.html#/coach`);
    const list = page.getByRole('list', { name: 'Clients' });
    await list.getByRole('link').first().waitFor({ timeout: 120_000 });
    const names = await list.getByRole('link').allTextContents();
    if (names.length < 2) throw new Error('Switching needs two clients.');
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    await list.getByRole('link', { name: names[0], exact: true }).click();
    await page.getByText(`Client: ${names[0]}`).waitFor({ timeout: 120_000 });
    await page.locator('.journal-row-link').first().waitFor({ timeout: 120_000 });
    await page.getByRole('link', { name: 'Coach review', exact: true }).first().click();
    await list.getByRole('link', { name: names[1], exact: true }).click();
    await page.getByText(`Client: ${names[1]}`).waitFor({ timeout: 120_000 });
    await page.locator('.journal-row-link').first().waitFor({ timeout: 120_000 });
    const same = await page.evaluate(
      () => window.__sameDocument === true && performance.getEntriesByType('navigation').length === 1,
    );
    return same ? 1 : 0;
  });
}

async function measureOpenExport(baseUrl, profile, exportPath, exportSize) {
  return withPage(profile, async (page) => {
    await page.goto(`${baseUrl}index.html#/coach`);
    await page.getByText('No clients yet.', { exact: false }).waitFor({ timeout: 120_000 });
    const chosen = whenEventFires(page, 'change');
    const named = whenTextShows(page, 'Who is it from?');
    await page.getByLabel('Open client journal').setInputFiles(exportPath);
    const [from, askedName] = await Promise.all([chosen, named]);
    await page.getByLabel("Client's name").fill('Bench client');
    const clicked = whenEventFires(page, 'click');
    const progressShown = whenTextShows(page, `Writing ${formatCount(exportSize)} reflections…`);
    const barShown = page
      .locator('progress.coach-progress')
      .waitFor({ timeout: 300_000 })
      .then(() => true);
    const done = whenTextShows(page, `Added Bench client: ${formatCount(exportSize)} reflections.`);
    await page.getByRole('button', { name: 'Add client', exact: true }).click();
    const [addAt, progressAt, to] = await Promise.all([clicked, progressShown, done]);
    if (!(await barShown) || progressAt > to)
      throw new Error('No progress was shown while the export opened.');
    const opened = await markTime(page, 'coach:export-opened');
    return {
      readMs: askedName - from,
      writeMs: (opened ?? to) - addAt,
    };
  });
}

/** Runs C1 to C3; `add(name, size, value)` collects the samples. */
export async function measureCoach(baseUrl, add, { profiles, clients, size, exportSize, runs }) {
  console.log(
    `Coach review: ${clients} clients of ${formatCount(size)} reflections, an export of ${formatCount(exportSize)}`,
  );
  const template = await makeCoachProfile(baseUrl, profiles, clients, size);
  const listSize = clients * size;
  const exportPath = path.join(profiles, `coach-export-${exportSize}.json`);
  await withPage(path.join(profiles, 'coach-export-maker'), async (page) => {
    await openSeedPage(page, baseUrl);
    await writeFile(exportPath, await page.evaluate((n) => window.__coachBench.exportText(n), exportSize));
  });
  await rm(path.join(profiles, 'coach-export-maker'), { recursive: true, force: true });
  for (let run = 0; run < runs; run += 1) {
    const profile = path.join(profiles, 'coach-run');
    await rm(profile, { recursive: true, force: true });
    await cp(template, profile, { recursive: true });
    const listed = await measureList(baseUrl, profile, clients);
    add('C1 client list opened from the navigation', listSize, listed.inApp.total);
    add('C1 of which loading the page code', listSize, listed.inApp.code);
    add('C1 of which reading the client records', listSize, listed.inApp.read);
    add('C1 of which rendering the list', listSize, listed.inApp.render);
    add('C1b cold start at Coach review to the list', listSize, listed.coldStart);
    add(
      'floor: coach database opened, every client read raw',
      listSize,
      await measureListFloor(baseUrl, profile, clients),
    );
    add('C3 switching clients keeps the page (1 = yes)', listSize, await checkSwitching(baseUrl, profile));
    await rm(profile, { recursive: true, force: true });
    await mkdir(profile, { recursive: true });
    const opened = await measureOpenExport(baseUrl, profile, exportPath, exportSize);
    add('C2 export opened through Open client journal', exportSize, opened.readMs + opened.writeMs);
    add('C2 of which reading and checking', exportSize, opened.readMs);
    add('C2 of which writing the workspace', exportSize, opened.writeMs);
    await rm(profile, { recursive: true, force: true });
    const floors = await withPage(profile, async (page) => {
      await openSeedPage(page, baseUrl);
      return page.evaluate((n) => window.__coachBench.openExportFloors(n), exportSize);
    });
    add('floor: the export parsed, JSON.parse alone', exportSize, floors.parseMs);
    add('floor: reflections, list rows and facts written raw, one transaction', exportSize, floors.writeMs);
    await rm(profile, { recursive: true, force: true });
    console.log(
      `  run ${run + 1}/${runs}: export of ${formatCount(exportSize)} opened in ${Math.round(opened.readMs + opened.writeMs)} ms`,
    );
  }
  await rm(template, { recursive: true, force: true });
  await rm(exportPath, { force: true });
}
