// The main process and the preload, each bundled to one CommonJS file: a sandboxed preload
// cannot load ESM or relative modules. Shared by `npm run build` and `npm run dev`.
export const electronBundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: true,
  external: ['electron'],
};

export const electronEntries = [
  { entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' },
  { entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs' },
];
