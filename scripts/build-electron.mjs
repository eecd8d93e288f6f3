import { build } from 'esbuild';
import { electronBundleOptions, electronEntries } from './electronBundles.mjs';

await Promise.all(
  electronEntries.map((entry) =>
    build({
      ...electronBundleOptions,
      ...entry,
      logLevel: 'info',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    }),
  ),
);
