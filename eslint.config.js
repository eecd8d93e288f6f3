import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Each room may only import in the allowed direction (see docs/architecture.md). */
const forbidImports = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/.profiles/**',
      '.scratch/**',
      'tests/fixtures/electronegativity-bad/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // Type-aware rules for the three rooms: each file is checked against its own room's tsconfig.
    files: ['shared/**/*.ts', 'electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // A promise nobody awaits or catches loses its error: a save that failed would say nothing.
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: forbidImports([
      {
        group: ['electron', 'node:*', 'fs', 'path', 'os', 'react', 'react-dom', 'dexie'],
        message: 'shared/ runs anywhere: no Node, Electron, DOM or Dexie.',
      },
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ must not import from electron/ or renderer/.',
      },
    ]),
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      ...forbidImports([{ group: ['**/renderer/**'], message: 'electron/ must not import the renderer.' }]),
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='BrowserWindow']",
          message: 'Create windows only through electron/window/createMainWindow.ts.',
        },
      ],
    },
  },
  {
    files: ['electron/window/createMainWindow.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '!**/electron/**/*.d.ts'],
              allowTypeImports: true,
              message: 'renderer/ may only import types from electron/.',
            },
            {
              group: ['electron', 'node:*'],
              message: 'The renderer is a sandboxed page: no Node or Electron imports.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{js,mjs}', 'bench/**/*.{js,mjs,ts}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
