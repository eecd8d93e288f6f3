import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Builds the seeder page into the app's own build folder, so both share one origin and one IndexedDB. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  base: './',
  build: {
    outDir: process.env.RENDERER_OUT_DIR ?? 'dist/bench/app',
    emptyOutDir: false,
    rollupOptions: {
      input: {
        seed: fileURLToPath(new URL('./seed.html', import.meta.url)),
        bareList: fileURLToPath(new URL('./bareList.html', import.meta.url)),
        staticRows: fileURLToPath(new URL('./staticRows.html', import.meta.url)),
        scriptRows: fileURLToPath(new URL('./scriptRows.html', import.meta.url)),
        g5g6Floors: fileURLToPath(new URL('./g5g6Floors.html', import.meta.url)),
        coachSeed: fileURLToPath(new URL('./coachSeed.html', import.meta.url)),
      },
    },
  },
  define: { __APP_VERSION__: JSON.stringify('bench') },
});
