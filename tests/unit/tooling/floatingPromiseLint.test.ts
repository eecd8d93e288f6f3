import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

// Linting a snippet with types costs half a minute on two cores (each room's program is built),
// so this checks the resolved configuration; `npm run lint` is where the rule runs on the code.
describe('type-aware lint', () => {
  it.each(['shared/app/identity.ts', 'electron/main.ts', 'renderer/main.tsx'])(
    'reports a floating promise in %s as an error, with the type information it needs',
    async (file) => {
      const config = (await new ESLint({ cwd: projectRoot }).calculateConfigForFile(file)) as {
        rules: Record<string, unknown>;
        languageOptions: { parserOptions?: { projectService?: unknown } };
      };
      expect(config.rules['@typescript-eslint/no-floating-promises']).toEqual([2]);
      expect(config.languageOptions.parserOptions?.projectService).toBe(true);
    },
    // Loading the ESLint config and its plugins takes seconds on two shared cores.
    30_000,
  );
});
