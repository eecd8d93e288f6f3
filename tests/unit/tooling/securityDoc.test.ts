import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const securityDoc = readFileSync(path.join(root, 'docs', 'security.md'), 'utf8');

/** Every file in the project's own folders that a person reads: code, docs, configuration. */
function projectFiles(): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(path.join(root, folder))) {
      const relative = path.join(folder, name);
      if (statSync(path.join(root, relative)).isDirectory()) walk(relative);
      else if (/\.(ts|tsx|mjs|js|md|yml|css|html)$/.test(name)) found.push(relative);
    }
  };
  for (const folder of ['docs', 'electron', 'renderer', 'shared', 'scripts', 'tests', 'bench']) walk(folder);
  return [...found, 'README.md', 'electron-builder.yml'];
}

describe('docs/security.md', () => {
  const paths = [
    ...securityDoc.matchAll(/`((?:electron|renderer|shared|tests|scripts)\/[^`\s]+\.\w+|[\w-]+\.yml)`/g),
  ].map((match) => match[1] ?? '');

  it('names the files that keep and check each requirement', () => {
    expect(paths.length).toBeGreaterThan(30);
    for (const requirement of securityDoc.matchAll(/\*\*S\d+\.[^*]+\*\*[\s\S]*?(?=\n\n)/g))
      expect(requirement[0], 'each requirement says which test checks it').toMatch(/Checked\s+by\s+`tests\//);
  });

  it.each([...new Set(paths)])('points to %s, which is in this repository', (file) => {
    expect(existsSync(path.join(root, file))).toBe(true);
  });
});

describe('comments and docs', () => {
  // Split so this file does not find itself.
  const outside = ['RELIABILITY' + '.md', 'shared/' + 'design', 'SECURITY' + '.md'];

  it('point only to files inside this repository', () => {
    const offenders = projectFiles().flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return outside.filter((name) => text.includes(name)).map((name) => `${file}: ${name}`);
    });
    expect(offenders).toEqual([]);
  });
});
