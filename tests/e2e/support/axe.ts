import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The rule sets every scan runs: WCAG 2.0/2.1 A and AA plus axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

// Only violations are read, so axe is spared describing every passing and incomplete node.
const runOptions: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };

// The very axe-core build @axe-core/playwright injects, found from that package so both agree.
const requireFromAxePlaywright = createRequire(
  createRequire(import.meta.url).resolve('@axe-core/playwright'),
);
let axeSource: string | undefined;
function loadAxeSource(): string {
  axeSource ??= readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/**
 * Runs axe in the page's only frame. AxeBuilder's default path re-injects 650 kB of axe on every
 * scan and finishes each run in a fresh blank page (for results across frames), 2-4 s a scan on
 * two cores against 0.2-0.5 s here, with the same rules and the same violations. The app draws
 * no frames; should a page ever have one, the scan goes through AxeBuilder so no frame is missed.
 */
async function scan(page: Page): Promise<AxeResults> {
  if (page.frames().length > 1) {
    return new AxeBuilder({ page })
      .withTags(AXE_TAGS)
      .options({ resultTypes: ['violations'] })
      .analyze();
  }
  // Colours are read as they are drawn: right after a theme switch a button is still fading
  // between its two backgrounds (a 120 ms transition), so the scan waits for every finite
  // transition and animation to end. AxeBuilder's few seconds of set-up used to hide this.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  // Injected once per document: hash navigation keeps it, a reload or new page injects again.
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(loadAxeSource());
  return page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (c: Document, o: RunOptions) => Promise<AxeResults> } }).axe.run(
        document,
        options,
      ),
    runOptions,
  );
}

/** Fails on any serious or critical accessibility violation on the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await scan(page);
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(serious, serious.join('\n')).toEqual([]);
}
