// `npm run web`: serve the built renderer on 127.0.0.1 (PORT overrides 5174) with the app's CSP headers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { preview } from 'vite';

const outDir = process.env.RENDERER_OUT_DIR ?? 'dist/renderer';
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No build found in ${outDir}. Run \`npm run build\` first (or \`npm run build:renderer\`).`);
  process.exit(1);
}
const server = await preview();
server.printUrls();
