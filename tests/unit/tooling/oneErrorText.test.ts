import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
const rooms = ['shared', 'electron', 'renderer'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

// "An Error's message, or the value as text" is decided once (shared/app/errorText.ts), so every
// "could not save" line reads the same way; a copy elsewhere drifts from it.
const copy = /(\w+(?:\.\w+)?) instanceof Error \? \1\.message : String\(\1\)/;

describe('one error-to-text helper', () => {
  it('no source file outside shared/app/errorText.ts turns an error into text by itself', () => {
    const copies = rooms
      .flatMap((room) => sourceFiles(join(root, room)))
      .filter((path) => copy.test(readFileSync(path, 'utf8')))
      .map((path) => relative(root, path));
    expect(copies).toEqual([]);
  });
});
