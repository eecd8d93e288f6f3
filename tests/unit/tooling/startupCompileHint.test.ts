import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// vite.config.ts marks the start-up chunks for V8's eager compilation (docs/benchmarks.md, G1,
// fifteenth session). Imported by path: the tests' TypeScript project does not take in the config.
const configPath = '../../../vite.config';
interface BuildConfigExports {
  COMPILE_ALL_FUNCTIONS_HINT: string;
  startupCompileHint: (chunk: { isEntry: boolean; moduleIds: readonly string[] }) => string;
}
const root = join(__dirname, '../../..');
const module = (path: string) => join(root, path);

describe('which built chunks V8 compiles with the file rather than function by function', () => {
  it('is V8 magic comment, exactly (a typo is silently ignored by the browser)', async () => {
    const { COMPILE_ALL_FUNCTIONS_HINT } = (await import(
      /* @vite-ignore */ configPath
    )) as BuildConfigExports;
    expect(COMPILE_ALL_FUNCTIONS_HINT).toBe('//# allFunctionsCalledOnLoad');
  });

  it('marks the app entry chunk and the chunk holding Dexie', async () => {
    const { startupCompileHint, COMPILE_ALL_FUNCTIONS_HINT } = (await import(
      /* @vite-ignore */ configPath
    )) as BuildConfigExports;
    const entry = {
      isEntry: true,
      moduleIds: [
        module('node_modules/react-dom/cjs/react-dom-client.production.js'),
        module('renderer/main.tsx'),
      ],
    };
    const database = {
      isEntry: false,
      moduleIds: [
        module('node_modules/dexie/dist/modern/dexie.mjs'),
        module('renderer/db/JournalContext.tsx'),
      ],
    };
    expect(startupCompileHint(entry)).toBe(COMPILE_ALL_FUNCTIONS_HINT);
    expect(startupCompileHint(database)).toBe(COMPILE_ALL_FUNCTIONS_HINT);
  });

  it('recognises the real entry and the real Dexie the build bundles', async () => {
    const { startupCompileHint, COMPILE_ALL_FUNCTIONS_HINT } = (await import(
      /* @vite-ignore */ configPath
    )) as BuildConfigExports;
    expect(existsSync(module('renderer/main.tsx'))).toBe(true);
    const dexie = createRequire(module('renderer/db/JournalDatabase.ts')).resolve('dexie');
    expect(startupCompileHint({ isEntry: false, moduleIds: [dexie] })).toBe(COMPILE_ALL_FUNCTIONS_HINT);
  });

  it('leaves pages, lazy chunks, zod and the database warm-up script to compile lazily', async () => {
    const { startupCompileHint } = (await import(/* @vite-ignore */ configPath)) as BuildConfigExports;
    const chunks = [
      { isEntry: false, moduleIds: [module('renderer/features/progress/ProgressPage.tsx')] },
      { isEntry: false, moduleIds: [module('node_modules/zod/v4/classic/schemas.js')] },
      { isEntry: false, moduleIds: [module('node_modules/dexie-react-hooks/dist/dexie-react-hooks.mjs')] },
      { isEntry: true, moduleIds: [module('renderer/app/startWarmingJournalDatabase.ts')] },
    ];
    expect(chunks.map(startupCompileHint)).toEqual(['', '', '', '']);
  });
});
