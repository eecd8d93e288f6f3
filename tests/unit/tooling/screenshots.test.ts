import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, SCREENSHOT_VIEWPORT, screenshotFiles } from '../../../scripts/screenshots.mjs';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every image README.md shows from the screenshots folder, as written there. */
async function readmeScreenshots(): Promise<string[]> {
  const readme = await readFile(path.join(root, 'README.md'), 'utf8');
  const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
  return images.filter((image) => image.startsWith(`${SCREENSHOT_DIR}/`));
}

/** A PNG's size, from its IHDR chunk (bytes 16 to 24). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('npm run screenshots', () => {
  it('writes exactly the images README.md shows: the journal, the guided flow and Progress, light and dark', async () => {
    expect(new Set(await readmeScreenshots())).toEqual(new Set(screenshotFiles));
    expect(screenshotFiles).toHaveLength(6);
    for (const view of ['journal', 'flow', 'progress'])
      for (const scheme of ['light', 'dark'])
        expect(screenshotFiles).toContain(`${SCREENSHOT_DIR}/${view}-${scheme}.png`);
  });

  it('has every image in the repository, at the fixed viewport the script uses', async () => {
    for (const file of screenshotFiles) {
      expect(pngSize(await readFile(path.join(root, file))), file).toEqual(SCREENSHOT_VIEWPORT);
    }
  });

  it('is the npm script that runs it', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.screenshots).toBe('node scripts/screenshots.mjs');
  });
});
