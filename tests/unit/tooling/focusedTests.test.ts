import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
let root = '';

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ij-focused-'));
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  const folder = path.join(root, 'tests', 'unit', 'tooling');
  await mkdir(folder, { recursive: true });
  await writeFile(
    path.join(folder, 'focused.test.ts'),
    "import { expect, it } from 'vitest';\nit.only('the focused one', () => expect(1).toBe(1));\nit('the rest', () => expect(1).toBe(1));\n",
  );
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('the unit test run', () => {
  // The real config, on a folder holding one focused test, outside CI: Vitest's default only
  // refuses .only when CI is set, so this passes only because the config says so.
  it('fails when a test is focused with .only, on any machine', () => {
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key !== 'CI' && !key.startsWith('VITEST')),
    );
    const run = spawnSync(
      process.execPath,
      [
        path.join(projectRoot, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--root',
        root,
        '--config',
        path.join(projectRoot, 'vitest.config.ts'),
        '--project',
        'node',
      ],
      { cwd: root, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.error).toBeUndefined();
    expect(`${run.stdout}${run.stderr}`).toContain('Unexpected .only modifier');
    expect(run.status).toBe(1);
  }, 60_000);
});
