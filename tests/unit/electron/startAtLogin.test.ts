import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  autostartFilePath,
  buildAutostartEntry,
  createLinuxAutostart,
  quoteExecArgument,
  type AutostartFs,
} from '../../../electron/settings/linuxAutostart';
import {
  applyStartAtLogin,
  readStartAtLogin,
  type LoginItemDeps,
} from '../../../electron/settings/loginItem';
import { createSettingsService } from '../../../electron/settings/settingsService';

function fakeFs() {
  const files = new Map<string, { content: string; mode: number }>();
  const dirs = new Set<string>();
  const fs: AutostartFs = {
    mkdir: vi.fn(async (dir: string) => {
      dirs.add(dir);
    }),
    writeFile: vi.fn(async (file: string, content: string, options: { mode: number }) => {
      files.set(file, { content, mode: options.mode });
    }),
    rm: vi.fn(async (file: string) => {
      files.delete(file);
    }),
    readFile: vi.fn(async (file: string) => {
      const found = files.get(file);
      if (found === undefined) throw Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
      return found.content;
    }),
  };
  return { fs, files, dirs };
}

const entryFor = (execPath: string, args: string[] = []) =>
  buildAutostartEntry({
    name: 'Influence Journal',
    comment: 'Reminders',
    execPath,
    args,
    icon: 'influence-journal',
  });

describe('XDG autostart entry', () => {
  it('quotes an Exec path with spaces in double quotes', () => {
    const entry = entryFor('/opt/Influence Journal/influence-journal', ['--hidden']);
    expect(entry.split('\n')).toContain('Exec="/opt/Influence Journal/influence-journal" --hidden');
  });

  it('leaves a plain path unquoted', () => {
    expect(quoteExecArgument('/usr/bin/influence-journal')).toBe('/usr/bin/influence-journal');
  });

  it('escapes the characters the spec reserves inside quotes, then doubles backslashes for the string value', () => {
    // Inside quotes " ` $ \ get a backslash; the string escape then doubles every backslash.
    expect(quoteExecArgument('/home/a/My "Apps"/x')).toBe('"/home/a/My \\\\"Apps\\\\"/x"');
    expect(quoteExecArgument('/home/a/$HOME/x')).toBe('"/home/a/\\\\$HOME/x"');
    expect(quoteExecArgument('/home/a/back\\slash')).toBe('"/home/a/back\\\\\\\\slash"');
    expect(quoteExecArgument("/home/o'neil/app")).toBe('"/home/o\'neil/app"');
    expect(quoteExecArgument('/home/a/100%/app')).toBe('/home/a/100%%/app');
    expect(quoteExecArgument('')).toBe('""');
  });

  it('marks the entry as enabled for every desktop and keeps the file shape fixed', () => {
    expect(entryFor('/usr/bin/influence-journal', ['--hidden'])).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Version=1.5',
        'Name=Influence Journal',
        'Comment=Reminders',
        'Exec=/usr/bin/influence-journal --hidden',
        'Icon=influence-journal',
        'Terminal=false',
        'Hidden=false',
        'X-GNOME-Autostart-enabled=true',
        '',
      ].join('\n'),
    );
  });

  it('lives in $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when that is unset or relative', () => {
    expect(autostartFilePath({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe(
      '/cfg/autostart/influence-journal.desktop',
    );
    expect(autostartFilePath({}, '/home/a')).toBe('/home/a/.config/autostart/influence-journal.desktop');
    expect(autostartFilePath({ XDG_CONFIG_HOME: 'relative' }, '/home/a')).toBe(
      '/home/a/.config/autostart/influence-journal.desktop',
    );
  });

  it('writes the file (creating the folder) and removes it, even when it is already gone', async () => {
    const { fs, files, dirs } = fakeFs();
    const autostart = createLinuxAutostart(fs, '/home/a/.config/autostart/influence-journal.desktop');
    await autostart.write('content');
    expect(dirs).toContain('/home/a/.config/autostart');
    expect(files.get(autostart.filePath)).toEqual({ content: 'content', mode: 0o644 });
    await autostart.remove();
    expect(files.size).toBe(0);
    await expect(autostart.remove()).resolves.toBeUndefined();
    expect(fs.rm).toHaveBeenLastCalledWith(autostart.filePath, { force: true });
  });
});

describe('applyStartAtLogin', () => {
  function deps(platform: NodeJS.Platform) {
    const { fs, files } = fakeFs();
    const setLoginItemSettings = vi.fn();
    const loginDeps: LoginItemDeps = {
      platform,
      setLoginItemSettings,
      linuxAutostart: createLinuxAutostart(fs, '/home/a/.config/autostart/influence-journal.desktop'),
      command: { execPath: '/Applications/Influence Journal.app/Contents/MacOS/Influence Journal', args: [] },
    };
    return { loginDeps, setLoginItemSettings, files };
  }

  it('uses setLoginItemSettings on macOS', async () => {
    const { loginDeps, setLoginItemSettings, files } = deps('darwin');
    await applyStartAtLogin(true, loginDeps);
    await applyStartAtLogin(false, loginDeps);
    expect(setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
    expect(files.size).toBe(0);
  });

  it('uses setLoginItemSettings with the executable and --hidden on Windows', async () => {
    const { loginDeps, setLoginItemSettings } = deps('win32');
    loginDeps.command = { execPath: 'C:\\Program Files\\Influence Journal\\Influence Journal.exe', args: [] };
    await applyStartAtLogin(true, loginDeps);
    expect(setLoginItemSettings).toHaveBeenCalledExactlyOnceWith({
      openAtLogin: true,
      path: 'C:\\Program Files\\Influence Journal\\Influence Journal.exe',
      args: ['--hidden'],
    });
  });

  it('writes and removes the autostart file on Linux and never calls setLoginItemSettings', async () => {
    const { loginDeps, setLoginItemSettings, files } = deps('linux');
    loginDeps.command = { execPath: '/home/a/Apps/Influence Journal.AppImage', args: [] };
    await applyStartAtLogin(true, loginDeps);
    const written = files.get('/home/a/.config/autostart/influence-journal.desktop')?.content ?? '';
    expect(written).toContain('Exec="/home/a/Apps/Influence Journal.AppImage" --hidden\n');
    expect(written).toContain('X-GNOME-Autostart-enabled=true\n');
    await applyStartAtLogin(false, loginDeps);
    expect(files.size).toBe(0);
    expect(setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('refuses on a system it does not know', async () => {
    const { loginDeps } = deps('freebsd');
    await expect(applyStartAtLogin(true, loginDeps)).rejects.toThrow('not supported');
  });
});

describe('start at login is read back from the system', () => {
  const AUTOSTART = '/home/a/.config/autostart/influence-journal.desktop';
  function deps(platform: NodeJS.Platform, openAtLogin = false) {
    const { fs, files } = fakeFs();
    const getLoginItemSettings = vi.fn(() => ({ openAtLogin }));
    const loginDeps: LoginItemDeps = {
      platform,
      setLoginItemSettings: vi.fn(),
      getLoginItemSettings,
      linuxAutostart: createLinuxAutostart(fs, AUTOSTART),
      command: { execPath: 'C:\\Apps\\Influence Journal.exe', args: [] },
    };
    return { loginDeps, getLoginItemSettings, files, fs };
  }

  it('asks macOS for its login item', async () => {
    const on = deps('darwin', true);
    expect(await readStartAtLogin(on.loginDeps)).toBe(true);
    expect(await readStartAtLogin(deps('darwin', false).loginDeps)).toBe(false);
  });

  it('asks Windows about the entry for this executable and its --hidden argument', async () => {
    const { loginDeps, getLoginItemSettings } = deps('win32', true);
    expect(await readStartAtLogin(loginDeps)).toBe(true);
    expect(getLoginItemSettings).toHaveBeenCalledExactlyOnceWith({
      path: 'C:\\Apps\\Influence Journal.exe',
      args: ['--hidden'],
    });
  });

  it('reads the autostart file on Linux: missing, written, switched off in GNOME, or hidden', async () => {
    const { loginDeps, files, getLoginItemSettings } = deps('linux');
    expect(await readStartAtLogin(loginDeps)).toBe(false);
    await applyStartAtLogin(true, loginDeps);
    expect(await readStartAtLogin(loginDeps)).toBe(true);
    const written = files.get(AUTOSTART)?.content ?? '';
    files.set(AUTOSTART, {
      content: written.replace('X-GNOME-Autostart-enabled=true', 'X-GNOME-Autostart-enabled=false'),
      mode: 0o644,
    });
    expect(await readStartAtLogin(loginDeps)).toBe(false);
    files.set(AUTOSTART, { content: written.replace('Hidden=false', 'Hidden=true'), mode: 0o644 });
    expect(await readStartAtLogin(loginDeps)).toBe(false);
    expect(getLoginItemSettings).not.toHaveBeenCalled();
  });

  it('reports an autostart file it cannot read instead of calling it off', async () => {
    const { loginDeps, fs } = deps('linux');
    vi.mocked(fs.readFile).mockRejectedValueOnce(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
    await expect(readStartAtLogin(loginDeps)).rejects.toThrow('EACCES');
  });

  it('says it cannot tell where Electron gives no answer', async () => {
    const { loginDeps } = deps('darwin');
    delete loginDeps.getLoginItemSettings;
    expect(await readStartAtLogin(loginDeps)).toBeNull();
  });
});

describe('the settings the page reads follow the system', () => {
  let filesDir: string | null = null;
  afterEach(async () => {
    if (filesDir !== null) await rm(filesDir, { recursive: true, force: true });
    filesDir = null;
  });

  async function serviceWith(readStartAtLogin: () => Promise<boolean | null>) {
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'ij-login-'));
    const log = vi.fn();
    const service = createSettingsService({
      filesDir,
      platform: 'darwin',
      log,
      apply: async () => undefined,
      readStartAtLogin,
    });
    await service.load();
    await service.update({ startAtLogin: true });
    const saved = async () => JSON.parse(await readFile(path.join(filesDir ?? '', 'settings.json'), 'utf8'));
    return { service, log, saved };
  }

  it('shows start at login off when it was turned off in system settings, and saves that', async () => {
    let system: boolean | null = true;
    const { service, saved } = await serviceWith(async () => system);
    expect((await service.handlers['settings:get'](undefined)).settings.startAtLogin).toBe(true);
    system = false;
    expect((await service.handlers['settings:get'](undefined)).settings.startAtLogin).toBe(false);
    expect((await saved()).startAtLogin).toBe(false);
    system = null;
    expect((await service.handlers['settings:get'](undefined)).settings.startAtLogin).toBe(false);
  });

  it('keeps the stored choice and logs when the system cannot be asked', async () => {
    const { service, log } = await serviceWith(async () => {
      throw new Error('EACCES');
    });
    expect((await service.handlers['settings:get'](undefined)).settings.startAtLogin).toBe(true);
    expect(log).toHaveBeenCalledWith('Could not read whether the app starts at login', expect.any(Error));
  });
});
