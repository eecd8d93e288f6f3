// `npm start`: launch the built app, downloading Electron on first launch as Electron itself does.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronPackageDir, findElectronBinary } from './electronBinary.mjs';

let binary = findElectronBinary();
if (!binary.found) {
  console.log('First launch: downloading the Electron binary…');
  const install = spawnSync(process.execPath, [path.join(electronPackageDir, 'install.js')], {
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 5 * 60_000,
  });
  binary = findElectronBinary();
  if (install.status !== 0 || !binary.found) {
    console.error(
      'Influence Journal cannot start: the Electron binary could not be downloaded on this machine. Run `npm run web` to use the journal in your browser instead.',
    );
    process.exit(1);
  }
}

const child = spawn(binary.path, ['.', ...process.argv.slice(2)], { stdio: 'inherit', env: process.env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
