import { describe, expect, it, vi } from 'vitest';
import {
  autostartFilePath,
  buildAutostartEntry,
  createLinuxAutostart,
  quoteExecArgument,
  type AutostartFs,
} from '../../../electron/settings/linuxAutostart';
import { applyStartAtLogin, type LoginItemDeps } from '../../../electron/settings/loginItem';

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
