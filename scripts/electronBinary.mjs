// Finds the Electron binary by its files. Requiring the `electron` package instead
// would start its lazy download, which hangs or fails on machines without internet.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const electronPackageDir = path.join(root, 'node_modules', 'electron');

/** @returns {{ found: true, path: string } | { found: false, reason: string }} */
export function findElectronBinary(env = process.env) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(electronPackageDir, 'path.txt');
  if (!existsSync(electronPackageDir))
    return { found: false, reason: 'node_modules/electron is not installed (run npm install)' };
  if (!existsSync(pathFile) && !override) {
    return {
      found: false,
      reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing)',
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? path.join(override, relative) : path.join(electronPackageDir, 'dist', relative);
  if (!existsSync(binary)) return { found: false, reason: `the Electron binary is missing at ${binary}` };
  return { found: true, path: binary };
}
