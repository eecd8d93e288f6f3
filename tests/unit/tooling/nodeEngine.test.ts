import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readJson = (url: URL) => JSON.parse(readFileSync(url, 'utf8')) as { engines?: { node?: string } };
const project = readJson(new URL('../../../package.json', import.meta.url));
const electron = readJson(new URL('../../../node_modules/electron/package.json', import.meta.url));

/** The lowest version a ">= x.y.z" range allows, as [major, minor, patch]. */
function floor(range: string | undefined): number[] {
  const match = /^>=\s*(\d+)\.(\d+)\.(\d+)$/.exec(range?.trim() ?? '');
  if (!match) throw new Error(`not a ">= x.y.z" range: ${range}`);
  return match.slice(1).map(Number);
}

describe('the Node version the project asks for', () => {
  it('is at least what Electron declares, so npm start prints no engine warning for it', () => {
    const [major = 0, minor = 0, patch = 0] = floor(project.engines?.node);
    const [needMajor = 0, needMinor = 0, needPatch = 0] = floor(electron.engines?.node?.replace('>= ', '>='));
    expect(major * 1e6 + minor * 1e3 + patch).toBeGreaterThanOrEqual(
      needMajor * 1e6 + needMinor * 1e3 + needPatch,
    );
  });

  it('is the one the README names', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const [major, minor] = floor(project.engines?.node);
    expect(readme).toContain(`Node.js ${major}.${minor} or newer`);
  });
});
