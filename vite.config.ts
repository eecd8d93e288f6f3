import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from './shared/security/csp.ts';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
// RENDERER_OUT_DIR lets parallel test runs build and serve separate copies.
const outDir = process.env.RENDERER_OUT_DIR ?? fileURLToPath(new URL('./dist/renderer', import.meta.url));

/** The built page carries the same CSP as the headers; dev keeps Vite's inline preamble working. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'influence-journal-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY_META}" />`;
      return html.replace('<!-- csp -->', meta);
    },
  };
}

/**
 * Built chunks carry their content's hash in their names, so the preview server (`npm run web`, the
 * browser tests, the benchmark) lets the browser keep them: revalidating each on every start cost a
 * round trip per chunk and, worse, dropped their compiled code, since V8's code cache is stamped with
 * the response's time and a revalidation renews it. Every start compiled the app from scratch
 * (docs/benchmarks.md, G1, fourteenth session). The page itself is still revalidated.
 */
export const HASHED_ASSET = /^\/assets\/[^/?]+-[\w-]{8}\.(?:js|css|woff2?|svg|png|wasm)(?:\?|$)/;
function cacheHashedAssets(): Plugin {
  return {
    name: 'influence-journal-cache-hashed-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (HASHED_ASSET.test(req.url ?? ''))
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        next();
      });
    },
  };
}

/**
 * The page's first script opens the journal's database while the app's code loads
 * (renderer/app/warmJournalDatabase.ts). It is built as an entry of its own, so it shares no chunk
 * with the app and runs as soon as its few hundred bytes are in, and the page tells it the
 * IndexedDB version the app opens (Dexie's version times ten). `npm run dev` goes without it.
 */
const indexHtml = fileURLToPath(new URL('./renderer/index.html', import.meta.url));
const warmDatabaseEntry = fileURLToPath(
  new URL('./renderer/app/startWarmingJournalDatabase.ts', import.meta.url),
);
/** The newest schema version in renderer/db/schemaVersions.ts, read as text: importing it here would load the app's code into Vite's config. */
export function latestSchemaVersionInSource(): number {
  const source = readFileSync(new URL('./renderer/db/schemaVersions.ts', import.meta.url), 'utf8');
  const versions = [...source.matchAll(/^\s*version: (\d+),$/gm)].map((match) => Number(match[1]));
  if (versions.length === 0) throw new Error('No schema version found in renderer/db/schemaVersions.ts.');
  return Math.max(...versions);
}
/** The `<meta>` the warm-up script reads (DATABASE_VERSION_META there; a test keeps the two the same). */
export const DATABASE_VERSION_META = 'influence-journal-database-version';
function warmJournalDatabaseFirst(): Plugin {
  return {
    name: 'influence-journal-warm-database',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.facadeModuleId === warmDatabaseEntry,
        );
        if (!chunk) throw new Error('The database warm-up script was not built.');
        return html.replace(
          '<!-- warm database -->',
          `<meta name="${DATABASE_VERSION_META}" content="${latestSchemaVersionInSource() * 10}" />\n` +
            `    <script type="module" crossorigin src="./${chunk.fileName}"></script>`,
        );
      },
    },
  };
}

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const previewPort = Number(process.env.PORT ?? 5174);

// react-router's package exports only its development build (remix-run/react-router#12532),
// which checks and warns on every render; production builds take the production files instead.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

/**
 * An experiment's switch (G1, docs/benchmarks.md): RENDERER_PREACT_DIR, the folder of an unpacked
 * `preact` package, builds the renderer with `preact/compat` in place of react and react-dom.
 */
export function preactAliases(folder: string | undefined) {
  if (!folder) return [];
  return [
    { find: /^react-dom\/client$/, replacement: `${folder}/compat/client.mjs` },
    { find: /^react\/jsx-runtime$/, replacement: `${folder}/compat/jsx-runtime.mjs` },
    { find: /^react\/jsx-dev-runtime$/, replacement: `${folder}/compat/jsx-dev-runtime.mjs` },
    { find: /^react-dom$/, replacement: `${folder}/compat/dist/compat.mjs` },
    { find: /^react$/, replacement: `${folder}/compat/dist/compat.mjs` },
  ];
}

/**
 * The same switch for the unit tests (vitest.config.ts), so that they test the renderer the build
 * ships. Testing Library's `act` comes from react-dom/test-utils when `react` has none (Preact's
 * test-utils), and every library that imports react is run through Vite (`inline`), which applies
 * the aliases; Node would load React itself for them. Three of them resolve to CommonJS files here,
 * so they are sent to their ES module builds.
 */
export function preactTestSwitch(folder: string | undefined) {
  if (!folder) return { aliases: [], inline: [] };
  const nodeModules = fileURLToPath(new URL('./node_modules', import.meta.url));
  return {
    aliases: [
      { find: /^react-dom\/test-utils$/, replacement: `${folder}/test-utils/dist/testUtils.mjs` },
      {
        find: /^@testing-library\/react$/,
        replacement: `${nodeModules}/@testing-library/react/dist/@testing-library/react.esm.js`,
      },
      { find: /^react-router$/, replacement: `${nodeModules}/react-router/dist/development/index.mjs` },
      {
        find: /^dexie-react-hooks$/,
        replacement: `${nodeModules}/dexie-react-hooks/dist/dexie-react-hooks.mjs`,
      },
      ...preactAliases(folder),
    ],
    inline: [
      /@testing-library\/react/,
      /react-router/,
      /@tanstack\/react-virtual/,
      /dexie-react-hooks/,
      /@visx\//,
    ],
  };
}

export default defineConfig(({ mode }) => ({
  root: rendererRoot,
  resolve: {
    alias: [
      ...(mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : []),
      ...preactAliases(process.env.RENDERER_PREACT_DIR),
    ],
  },
  base: './',
  plugins: [react(), contentSecurityPolicy(), cacheHashedAssets(), warmJournalDatabaseFirst()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    rollupOptions: { input: { index: indexHtml, warmDatabase: warmDatabaseEntry } },
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: true, host: '127.0.0.1' },
  preview: {
    port: previewPort,
    strictPort: true,
    host: '127.0.0.1',
    headers: {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
}));
