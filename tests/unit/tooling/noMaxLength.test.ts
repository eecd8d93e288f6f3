import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const renderer = join(root, 'renderer');
const sharedUi = join(renderer, 'ui') + sep;

function tsxFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsxFiles(path);
    return name.endsWith('.tsx') ? [path] : [];
  });
}

// `maxLength` makes the browser drop whatever is pasted past the cap without a word. Fields with a
// limit go through renderer/ui (TextField, TextAreaField, LengthCounter), which keep the text whole
// and say how far over it is; a feature that sets `maxLength` itself brings the silent cut back.
describe('no text cut silently', () => {
  it('no component outside renderer/ui sets maxLength', () => {
    const files = tsxFiles(renderer);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files
      .filter((path) => !path.startsWith(sharedUi))
      .filter((path) => /\bmaxLength\b/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(offenders).toEqual([]);
  });
});
