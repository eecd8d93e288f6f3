import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CANNOT_START,
  describeInstallFailure,
  ensureElectronBinary,
  findElectronBinary,
} from '../../../scripts/electronBinary.mjs';

type Found = ReturnType<typeof findElectronBinary>;
const missing: Found = {
  found: false,
  reason: 'the Electron binary has not been downloaded',
  downloadable: true,
};
const present: Found = { found: true, path: '/electron/dist/electron' };

function launch(finds: Found[], download = vi.fn(() => ({ status: 0, stderr: '' }))) {
  const lines: string[] = [];
  const find = vi.fn(() => finds.shift() ?? present);
  const result = ensureElectronBinary({
    find,
    download,
    log: (line) => lines.push(`log: ${line}`),
    error: (line) => lines.push(`error: ${line}`),
  });
  return { result, lines, download };
}

describe('npm start finding Electron', () => {
  it('says nothing about downloading when the binary is there', () => {
    const { result, lines, download } = launch([present]);
    expect(result).toEqual({ ok: true, path: present.path });
    expect(lines).toEqual([]);
    expect(download).not.toHaveBeenCalled();
  });

  it('says it is downloading right before it does, then starts', () => {
    const { result, lines, download } = launch([missing, present]);
    expect(lines).toEqual(['log: First launch: downloading the Electron binary…']);
    expect(download).toHaveBeenCalledTimes(1);
    expect(result).toEqual({ ok: true, path: present.path });
  });

  it('does not claim to download when npm install has not run; it says what is missing', () => {
    const notInstalled: Found = {
      found: false,
      reason: 'node_modules/electron is not installed (run npm install)',
      downloadable: false,
    };
    const { result, lines, download } = launch([notInstalled]);
    expect(result).toEqual({ ok: false });
    expect(download).not.toHaveBeenCalled();
    expect(lines).toEqual([
      'error: Influence Journal cannot start: node_modules/electron is not installed (run npm install).',
    ]);
  });

  it('after a failed download prints the friendly line, then the cause on one line', () => {
    const download = vi.fn(() => ({
      status: 1,
      stderr:
        'HTTPError: Response code 404\n    at download (node_modules/@electron/get)\nRequestError: getaddrinfo ENOTFOUND github.com\n\n',
    }));
    const { result, lines } = launch([missing, missing], download);
    expect(result).toEqual({ ok: false });
    expect(lines).toEqual([
      'log: First launch: downloading the Electron binary…',
      `error: ${CANNOT_START}`,
      'error: Cause: RequestError: getaddrinfo ENOTFOUND github.com',
    ]);
  });

  it.each([
    [{ status: null, error: new Error('spawnSync node ETIMEDOUT\n  more') }, 'spawnSync node ETIMEDOUT more'],
    [{ status: null, signal: 'SIGTERM', stderr: '' }, 'the download was stopped (SIGTERM)'],
    [{ status: 7, stderr: '   \n' }, 'the download exited with code 7'],
  ])('describes a failure that printed nothing useful on one line', (install, expected) => {
    expect(describeInstallFailure(install)).toBe(expected);
  });
});

describe('findElectronBinary', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ij-electron-pkg-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('tells a missing package (not downloadable) from a missing binary (downloadable)', async () => {
    const packageDir = path.join(dir, 'electron');
    expect(findElectronBinary({}, packageDir)).toMatchObject({ found: false, downloadable: false });
    await mkdir(packageDir);
    expect(findElectronBinary({}, packageDir)).toMatchObject({ found: false, downloadable: true });
    await writeFile(path.join(packageDir, 'path.txt'), 'electron');
    expect(findElectronBinary({}, packageDir)).toMatchObject({ found: false, downloadable: true });
    await mkdir(path.join(packageDir, 'dist'));
    await writeFile(path.join(packageDir, 'dist', 'electron'), '');
    expect(findElectronBinary({}, packageDir)).toEqual({
      found: true,
      path: path.join(packageDir, 'dist', 'electron'),
    });
  });
});
