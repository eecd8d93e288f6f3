import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { preactTestSwitch } from './vite.config.ts';

// These files set process.env.TZ to run under another zone. Node applies a new TZ only in the
// main thread of a process, so they run in child processes (as does `serverFiles` below); every
// other file runs in worker threads, which start faster and cost less CPU than a process per worker.
const zoneFiles = {
  node: [
    'tests/unit/shared/reminders/dstPolicy.newYork.test.ts',
    'tests/unit/shared/reminders/dstPolicy.berlin.test.ts',
  ],
  renderer: ['tests/unit/renderer/journal/localWeekStartFinder.test.ts'],
};

// This file starts Vite's preview server, which leaves file searches of its own (its CSS config
// lookup) running after the server closes; a worker thread ended under them aborts Node itself
// ("Assertion failed: (req_wrap_async) != nullptr" in fs.access, seen once in CI), taking the
// whole run down. A child process simply exits.
const serverFiles = ['tests/unit/tooling/previewCacheHeaders.test.ts'];

const nodeFiles = [
  'tests/unit/shared/**/*.test.ts',
  'tests/unit/electron/**/*.test.ts',
  'tests/unit/tooling/**/*.test.ts',
];
const rendererFiles = ['tests/unit/renderer/**/*.test.{ts,tsx}'];

// G1's switch (docs/benchmarks.md): with RENDERER_PREACT_DIR set, the tests render with
// preact/compat, as the build does; without it, with React.
const preact = preactTestSwitch(process.env.RENDERER_PREACT_DIR);

export default defineConfig({
  plugins: [react()],
  resolve: { alias: preact.aliases },
  test: {
    server: { deps: { inline: preact.inline } },
    // A focused test left in by mistake would silently skip the rest of the suite.
    allowOnly: false,
    // Vitest's default is one worker fewer than the cores: one on a two-core machine. Two workers
    // took the whole unit run from 299 s to 185 s on two quiet cores, every test passing.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: nodeFiles,
          exclude: [...zoneFiles.node, ...serverFiles],
          environment: 'node',
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'node-processes',
          include: [...zoneFiles.node, ...serverFiles],
          environment: 'node',
          pool: 'forks',
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          include: rendererFiles,
          exclude: zoneFiles.renderer,
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/setup.ts'],
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer-zones',
          include: zoneFiles.renderer,
          environment: 'jsdom',
          setupFiles: ['tests/unit/renderer/setup.ts'],
          pool: 'forks',
        },
      },
    ],
  },
});
