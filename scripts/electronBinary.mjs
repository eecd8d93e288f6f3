// Finds the Electron binary by its files. Requiring the `electron` package instead
// would start its lazy download, which hangs or fails on machines without internet.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const electronPackageDir = path.join(root, 'node_modules', 'electron');

/**
 * `downloadable` is true when the package is installed and only its binary is missing, which
 * Electron's own install script can fetch; false when `npm install` has not run at all.
 * @returns {{ found: true, path: string } | { found: false, reason: string, downloadable: boolean }}
 */
export function findElectronBinary(env = process.env, packageDir = electronPackageDir) {
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(packageDir))
    return {
      found: false,
      reason: 'node_modules/electron is not installed (run npm install)',
      downloadable: false,
    };
  if (!existsSync(pathFile) && !override) {
    return {
      found: false,
      reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing)',
      downloadable: true,
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const binary = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  if (!existsSync(binary))
    return { found: false, reason: `the Electron binary is missing at ${binary}`, downloadable: !override };
  return { found: true, path: binary };
}

/**
 * The last line of what the download printed, or why it could not start, as one line for the
 * person to search for or report.
 * @param {{ status: number | null, error?: Error, stderr?: string | Buffer | null, signal?: string | null }} install
 */
export function describeInstallFailure(install) {
  if (install.error) return install.error.message.replace(/\s+/g, ' ').trim();
  const lines = String(install.stderr ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const last = lines.at(-1);
  if (last) return last.replace(/\s+/g, ' ');
  if (install.signal) return `the download was stopped (${install.signal})`;
  return `the download exited with code ${install.status ?? 'unknown'}`;
}

export const CANNOT_START =
  'Influence Journal cannot start: the Electron binary could not be downloaded on this machine. Run `npm run web` to use the journal in your browser instead.';

/**
 * Finds the binary, downloading it first when that is what is missing. Says "downloading" only
 * right before it downloads, and on failure prints the friendly line, then the cause on one line.
 * @param {{ find: () => ReturnType<typeof findElectronBinary>, download: () => { status: number | null, error?: Error, stderr?: string | Buffer | null, signal?: string | null }, log: (line: string) => void, error: (line: string) => void }} deps
 * @returns {{ ok: true, path: string } | { ok: false }}
 */
export function ensureElectronBinary(deps) {
  const first = deps.find();
  if (first.found) return { ok: true, path: first.path };
  if (!first.downloadable) {
    deps.error(`Influence Journal cannot start: ${first.reason}.`);
    return { ok: false };
  }
  deps.log('First launch: downloading the Electron binary…');
  const install = deps.download();
  const after = deps.find();
  if (install.status === 0 && after.found) return { ok: true, path: after.path };
  deps.error(CANNOT_START);
  deps.error(
    `Cause: ${install.status === 0 && !after.found ? after.reason : describeInstallFailure(install)}`,
  );
  return { ok: false };
}
