// `npm run screenshots`: the README's images, taken from the browser build with the sample journal
// so they never drift from the app. Builds the renderer (SCREENSHOTS_SKIP_BUILD=1 reuses the build in
// RENDERER_OUT_DIR), serves it, and drives Chromium through Settings' "Explore with a sample journal".
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from './chromiumLaunch.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** One fixed size, so a new run changes the images only where the app changed. */
export const SCREENSHOT_VIEWPORT = { width: 1280, height: 800 };
export const SCREENSHOT_DIR = 'docs/screenshots';
export const screenshotViews = ['journal', 'flow', 'progress'];
export const screenshotSchemes = ['light', 'dark'];

/** Every image the script writes, relative to the repository: README.md shows each of them. */
export const screenshotFiles = screenshotViews.flatMap((view) =>
  screenshotSchemes.map((scheme) => `${SCREENSHOT_DIR}/${view}-${scheme}.png`),
);

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`)),
    );
  });
}

async function waitForServer(url, child) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The web server stopped (exit code ${child.exitCode})`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The web server did not answer at ${url} within a minute`);
}

/** Motion off and the fonts in, so nothing is caught halfway. */
async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
}

async function shoot(page, view, scheme) {
  const file = path.join(root, SCREENSHOT_DIR, `${view}-${scheme}.png`);
  await settle(page);
  await page.screenshot({ path: file });
  console.log(`Wrote ${path.relative(root, file)}`);
}

async function takeScreenshots(baseUrl, executablePath) {
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    for (const scheme of screenshotSchemes) {
      // A fresh profile each time: the sample journal is prepared anew and nothing of a person's is read.
      const context = await browser.newContext({
        viewport: SCREENSHOT_VIEWPORT,
        deviceScaleFactor: 1,
        colorScheme: scheme,
        reducedMotion: 'reduce',
        locale: 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/settings`);
      await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
      await page.getByRole('button', { name: /sample journal/i }).click();

      const sampleNav = page.getByRole('navigation', { name: 'Sample journal' });
      await page.getByRole('heading', { level: 1, name: 'Journal' }).waitFor();
      await page.locator('.journal-row-link').first().waitFor();
      await shoot(page, 'journal', scheme);

      await sampleNav.getByRole('link', { name: 'Progress' }).click();
      await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
      await page.getByRole('figure').first().waitFor();
      await shoot(page, 'progress', scheme);

      // The guided flow writes, and the sample journal is for reading: this is the profile's own,
      // empty journal, thrown away with the profile.
      await page.goto(`${baseUrl}#/new`);
      await page.getByRole('heading', { level: 1, name: 'New reflection' }).waitFor();
      await page
        .getByRole('navigation', { name: 'Reflection steps' })
        .getByRole('button', { name: /Sphere of influence/ })
        .click();
      await page.getByRole('heading', { level: 2, name: 'Sphere of influence' }).waitFor();
      const rating = page.getByRole('radio', { name: '4', exact: true });
      await rating.check();
      await page.getByText('Saved', { exact: true }).waitFor();
      // The question and its answer in view, under the step's heading and its two disclosures.
      await page.getByRole('radiogroup').first().scrollIntoViewIfNeeded();
      await page.mouse.move(0, 0);
      await page.locator(':focus').evaluate((element) => element instanceof HTMLElement && element.blur());
      await shoot(page, 'flow', scheme);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

async function main() {
  const outDir = path.resolve(root, process.env.RENDERER_OUT_DIR ?? 'dist/renderer');
  const reuse = process.env.SCREENSHOTS_SKIP_BUILD === '1' && existsSync(path.join(outDir, 'index.html'));
  if (!reuse) {
    console.log(`Building the browser version into ${outDir}`);
    await run(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build'], {
      RENDERER_OUT_DIR: outDir,
    });
  }
  const executablePath = chromiumExecutable();
  const port = process.env.SCREENSHOTS_PORT ?? '5181';
  const server = spawn(process.execPath, [path.join(root, 'scripts/serve-web.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: port, RENDERER_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  try {
    await waitForServer(baseUrl, server);
    await mkdir(path.join(root, SCREENSHOT_DIR), { recursive: true });
    await takeScreenshots(baseUrl, executablePath);
  } finally {
    server.kill();
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
