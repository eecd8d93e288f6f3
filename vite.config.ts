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

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const previewPort = Number(process.env.PORT ?? 5174);

// react-router's package exports only its development build (remix-run/react-router#12532),
// which checks and warns on every render; production builds take the production files instead.
const reactRouterProduction = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

export default defineConfig(({ mode }) => ({
  root: rendererRoot,
  resolve: {
    alias: mode === 'production' ? [{ find: /^react-router$/, replacement: reactRouterProduction }] : [],
  },
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
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
