// `npm run dev`: Vite dev server with hot reload, plus Electron restarted whenever main or preload change.
import { spawn } from 'node:child_process';
import { watch } from 'node:fs';
import { context } from 'esbuild';
import { createServer } from 'vite';
import { findElectronBinary } from './electronBinary.mjs';
import { electronBundleOptions, electronEntries } from './electronBundles.mjs';

const server = await createServer();
await server.listen();
const url = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
server.printUrls();

for (const entry of electronEntries) {
  const ctx = await context({ ...electronBundleOptions, ...entry });
  await ctx.rebuild();
  await ctx.watch();
}

const binary = findElectronBinary();
if (!binary.found) {
  console.error(`No Electron binary (${binary.reason}). The renderer is still served at ${url}`);
} else {
  let child = null;
  const launch = () => {
    child = spawn(binary.path, ['.'], {
      stdio: 'inherit',
      env: { ...process.env, INFLUENCE_JOURNAL_DEV_SERVER_URL: url },
    });
  };
  let restartTimer = null;
  watch('dist/electron', () => {
    clearTimeout(restartTimer);
    restartTimer = setTimeout(() => {
      child?.kill();
      launch();
    }, 300);
  });
  launch();
}
