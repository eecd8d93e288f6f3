// `npm start`: launch the built app, downloading Electron on first launch as Electron itself does.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronPackageDir, ensureElectronBinary, findElectronBinary } from './electronBinary.mjs';

const binary = ensureElectronBinary({
  find: () => findElectronBinary(),
  download: () =>
    spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], {
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 5 * 60_000,
    }),
  log: (line) => console.log(line),
  error: (line) => console.error(line),
});
if (!binary.ok) process.exit(1);

const child = spawn(binary.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
