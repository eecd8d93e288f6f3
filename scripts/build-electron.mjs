// Bundles the main process and the preload into single CommonJS files:
// a sandboxed preload cannot load ESM or relative modules.
import { build } from 'esbuild';

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron'],
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': JSON.stringify(watch ? 'development' : 'production') },
};

const entries = [
  { entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' },
  { entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' },
];

if (watch) {
  const { context } = await import('esbuild');
  for (const entry of entries) {
    const ctx = await context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((entry) => build({ ...common, ...entry })));
}
