import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The preview server (`npm run web`, the browser tests, the benchmark) lets the browser keep the
// hashed chunks without asking again: a revalidated chunk loses its compiled code in Chromium, so
// every start compiled the app from scratch (docs/benchmarks.md, G1, fourteenth session).
const outDir = mkdtempSync(join(tmpdir(), 'preview-cache-'));
let port = 0;
let close: () => Promise<void> = async () => undefined;

beforeAll(async () => {
  mkdirSync(join(outDir, 'assets'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(outDir, 'assets', 'index-C9yEwPLD.js'), 'export {};');
  writeFileSync(join(outDir, 'assets', 'notes.js'), 'export {};');
  process.env.RENDERER_OUT_DIR = outDir;
  const { preview } = await import('vite');
  const server = await preview({
    configFile: join(__dirname, '../../../vite.config.ts'),
    logLevel: 'silent',
    preview: { port: 0 },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('The preview server has no port.');
  port = address.port;
  close = () => server.close();
}, 30_000);

afterAll(async () => {
  await close();
  delete process.env.RENDERER_OUT_DIR;
  rmSync(outDir, { recursive: true, force: true });
});

const cacheControl = async (path: string) => {
  const response = await fetch(`http://127.0.0.1:${port}${path}`);
  expect(response.status).toBe(200);
  return response.headers.get('cache-control');
};

describe('what the preview server lets the browser cache', () => {
  it('keeps a chunk whose name carries its hash for good', async () => {
    expect(await cacheControl('/assets/index-C9yEwPLD.js')).toBe('public, max-age=31536000, immutable');
  });

  it('revalidates the page and any file without a hash, so a new build is always seen', async () => {
    expect(await cacheControl('/index.html')).toBe('no-cache');
    expect(await cacheControl('/assets/notes.js')).toBe('no-cache');
  });
});
