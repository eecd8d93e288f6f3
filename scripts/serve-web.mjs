// `npm run web`: serve the built renderer on 127.0.0.1 (PORT overrides 5174) with the app's CSP headers.
import { existsSync } from 'node:fs';
import { preview } from 'vite';

if (!existsSync('dist/renderer/index.html')) {
  console.error('No build found in dist/renderer. Run `npm run build` first (or `npm run build:renderer`).');
  process.exit(1);
}
const server = await preview();
server.printUrls();
