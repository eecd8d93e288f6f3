import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realJsonStoreFs } from '../../../electron/files/jsonFileStore';
import { createSettingsService, settingsSupport } from '../../../electron/settings/settingsService';

let filesDir = '';

beforeEach(async () => {
  filesDir = await mkdtemp(path.join(os.tmpdir(), 'ij-settings-'));
});

afterEach(async () => {
  await rm(filesDir, { recursive: true, force: true });
});

function service(platform: NodeJS.Platform = 'linux', apply = vi.fn(async () => undefined)) {
  const log = vi.fn();
  const settings = createSettingsService({
    filesDir,
    platform,
    log,
    apply,
    now: () => new Date('2025-01-31T09:00:00.000Z'),
  });
  return { settings, apply, log };
}

const readSaved = async () =>
  JSON.parse(await readFile(path.join(filesDir, 'settings.json'), 'utf8')) as unknown;

describe('settings service', () => {
  it('defaults to background mode on Windows and Linux, and never to start at login', async () => {
    for (const platform of ['linux', 'win32'] as const) {
      const { settings } = service(platform);
      await settings.load();
      expect(settings.view().settings).toEqual({ keepRunningInBackground: true, startAtLogin: false });
    }
    const mac = service('darwin').settings;
    await mac.load();
    expect(mac.view()).toEqual({
      settings: { keepRunningInBackground: false, startAtLogin: false },
      supports: { keepRunningInBackground: false, startAtLogin: true },
    });
    expect(mac.keepRunningInBackground()).toBe(false);
    expect(settingsSupport('freebsd')).toEqual({ keepRunningInBackground: false, startAtLogin: false });
  });

  it('applies a change, saves it, and reads it back after a restart', async () => {
    const first = service();
    await first.settings.load();
    const view = await first.settings.update({ startAtLogin: true, keepRunningInBackground: false });
    expect(first.apply).toHaveBeenCalledExactlyOnceWith(
      { startAtLogin: true, keepRunningInBackground: false },
      { startAtLogin: true, keepRunningInBackground: false },
    );
    expect(view.settings).toEqual({ keepRunningInBackground: false, startAtLogin: true });
    await first.settings.recordLatestReflection('2025-01-31T08:00:00.000Z');
    expect(await readSaved()).toEqual({
      version: 1,
      keepRunningInBackground: false,
      startAtLogin: true,
      latestReflectionAt: '2025-01-31T08:00:00.000Z',
    });

    const second = service();
    await second.settings.load();
    expect(second.settings.settings()).toEqual({ keepRunningInBackground: false, startAtLogin: true });
    expect(second.settings.latestReflectionAt()).toBe('2025-01-31T08:00:00.000Z');
  });

  it('does not save a setting the system refused', async () => {
    const { settings } = service(
      'linux',
      vi.fn(async () => {
        throw new Error('autostart folder is read-only');
      }),
    );
    await settings.load();
    await expect(settings.update({ startAtLogin: true })).rejects.toThrow('read-only');
    expect(settings.settings().startAtLogin).toBe(false);
    await expect(readdir(filesDir)).resolves.toEqual([]);
  });

  it('skips unchanged values and refuses what the system cannot do', async () => {
    const { settings, apply } = service('darwin');
    await settings.load();
    await settings.update({ startAtLogin: false });
    expect(apply).not.toHaveBeenCalled();
    await expect(settings.update({ keepRunningInBackground: true })).rejects.toThrow('not available');
  });

  it('writes the reported reflection time only when it changes', async () => {
    const { settings } = service();
    await settings.load();
    await expect(settings.recordLatestReflection('2025-01-31T08:00:00.000Z')).resolves.toBe(true);
    await expect(settings.recordLatestReflection('2025-01-31T08:00:00.000Z')).resolves.toBe(false);
  });

  it('moves a corrupt settings file aside, uses the defaults and says where the file went', async () => {
    await mkdir(filesDir, { recursive: true });
    await writeFile(path.join(filesDir, 'settings.json'), '{"version":1,"startAtLogin":"yes"}');
    const { settings, log } = service();
    await settings.load();
    const view = settings.view();
    expect(view.settings).toEqual({ keepRunningInBackground: true, startAtLogin: false });
    expect(view.corruptFileMovedTo).toBe(
      path.join(filesDir, 'settings.json.corrupt-2025-01-31T09-00-00-000Z'),
    );
    expect(log).toHaveBeenCalledWith(expect.stringContaining('moved to'), expect.any(String));
  });

  describe('a settings file that cannot be read', () => {
    const userFile = {
      version: 1,
      keepRunningInBackground: false,
      startAtLogin: true,
      latestReflectionAt: '2025-01-30T08:00:00.000Z',
    };

    /** The real file system, except that reading fails with `code` while `locked` is true. */
    async function lockedService(code: string) {
      await writeFile(path.join(filesDir, 'settings.json'), JSON.stringify(userFile));
      const lock = { locked: true };
      const log = vi.fn();
      const apply = vi.fn(async () => undefined);
      const settings = createSettingsService({
        filesDir,
        platform: 'linux',
        log,
        apply,
        fileOptions: {
          fs: {
            ...realJsonStoreFs,
            readFile: (file) =>
              lock.locked
                ? Promise.reject(Object.assign(new Error(`${code}: simulated`), { code }))
                : realJsonStoreFs.readFile(file),
          },
          retry: { attempts: 2, delayMs: () => 0, sleep: async () => undefined },
        },
      });
      await settings.load();
      return { settings, lock, log, apply };
    }

    it.each(['EACCES', 'EBUSY'])('is reported (%s) and never replaced by the defaults', async (code) => {
      const { settings, log, apply } = await lockedService(code);
      expect(settings.view().problem).toContain(`settings.json could not be read (${code})`);
      expect(log).toHaveBeenCalledWith(
        expect.stringContaining('Could not read the settings'),
        expect.any(Error),
      );
      await expect(settings.update({ keepRunningInBackground: true })).rejects.toThrow('could not be read');
      await expect(settings.recordLatestReflection('2025-01-31T08:00:00.000Z')).rejects.toThrow(
        'could not be read',
      );
      expect(apply).not.toHaveBeenCalled();
      expect(await readSaved()).toEqual(userFile);
    });

    it('is read again before the next change, which then keeps everything else in the file', async () => {
      const { settings, lock } = await lockedService('EBUSY');
      lock.locked = false;
      const view = await settings.update({ keepRunningInBackground: true });
      expect(view.problem).toBeUndefined();
      expect(await readSaved()).toEqual({ ...userFile, keepRunningInBackground: true });
    });

    it('refuses a file made by a newer version and leaves it where it is', async () => {
      const newer = { ...userFile, version: 2, somethingNew: 'kept' };
      await writeFile(path.join(filesDir, 'settings.json'), JSON.stringify(newer));
      const { settings } = service();
      await settings.load();
      expect(settings.view().problem).toContain('made by a newer version of Influence Journal');
      expect(settings.view().corruptFileMovedTo).toBeUndefined();
      await expect(settings.update({ startAtLogin: false })).rejects.toThrow('newer version');
      expect(await readSaved()).toEqual(newer);
      await expect(readdir(filesDir)).resolves.toEqual(['settings.json']);
    });
  });
});
