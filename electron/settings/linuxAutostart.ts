import path from 'node:path';

// XDG autostart (https://specifications.freedesktop.org/autostart-spec/): Electron's
// setLoginItemSettings does nothing on Linux, so start-at-login is a .desktop file we write.

export const AUTOSTART_FILE_NAME = 'influence-journal.desktop';

// Desktop Entry spec, "The Exec key": an argument containing any of these must be quoted.
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;
// Inside double quotes these four must be backslash-escaped.
const ESCAPE_IN_QUOTES = /["`$\\]/g;

/**
 * One Exec argument, written as the spec requires. The quoting rule comes first; then the
 * string-value escape doubles every backslash (the spec's "four successive backslashes" for a
 * literal one) and writes tabs and line breaks as \t \n \r; `%` is doubled so it is never read
 * as a field code.
 */
export function quoteExecArgument(argument: string): string {
  if (argument === '') return '""';
  const quoted = RESERVED.test(argument)
    ? `"${argument.replace(ESCAPE_IN_QUOTES, (c) => `\\${c}`)}"`
    : argument;
  return quoted
    .replace(/\\/g, '\\\\')
    .replace(/\t/g, '\\t')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/%/g, '%%');
}

export interface AutostartEntryInput {
  name: string;
  comment: string;
  /** The program to run: the AppImage or the installed executable. */
  execPath: string;
  args: readonly string[];
  icon: string;
}

/** Any other string value: one line, backslashes and line breaks escaped. */
function stringValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

export function buildAutostartEntry(input: AutostartEntryInput): string {
  const exec = [input.execPath, ...input.args].map(quoteExecArgument).join(' ');
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.5',
    `Name=${stringValue(input.name)}`,
    `Comment=${stringValue(input.comment)}`,
    `Exec=${exec}`,
    `Icon=${stringValue(input.icon)}`,
    'Terminal=false',
    // Both keys say "enabled": Hidden=true would mean "deleted", and GNOME reads its own key.
    'Hidden=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** $XDG_CONFIG_HOME/autostart, or ~/.config/autostart when it is unset or not absolute (per the spec). */
export function autostartFilePath(env: Record<string, string | undefined>, homeDir: string): string {
  const configHome = env.XDG_CONFIG_HOME;
  const base =
    configHome !== undefined && path.isAbsolute(configHome) ? configHome : path.join(homeDir, '.config');
  return path.join(base, 'autostart', AUTOSTART_FILE_NAME);
}

export interface AutostartFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, content: string, options: { mode: number }): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
}

/**
 * Whether an autostart entry starts the app: desktops honour `Hidden=true` (the entry is
 * deleted) and GNOME's `X-GNOME-Autostart-enabled=false` (switched off in its startup list).
 */
export function autostartEntryIsEnabled(content: string): boolean {
  const values = new Map<string, string>();
  let inMainGroup = false;
  for (const line of content.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('[')) inMainGroup = trimmed === '[Desktop Entry]';
    const equals = trimmed.indexOf('=');
    if (inMainGroup && equals > 0)
      values.set(trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim());
  }
  return values.get('Hidden') !== 'true' && values.get('X-GNOME-Autostart-enabled') !== 'false';
}

const isMissing = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';

/** Writes or removes the autostart entry; the file system is passed in so tests use a fake. */
export function createLinuxAutostart(fs: AutostartFs, filePath: string) {
  return {
    filePath,
    async write(content: string): Promise<void> {
      await fs.mkdir(path.dirname(filePath), { recursive: true });
      await fs.writeFile(filePath, content, { mode: 0o644 });
    },
    /** Read back each time it is asked: the person may have removed or disabled it elsewhere. */
    async isEnabled(): Promise<boolean> {
      try {
        return autostartEntryIsEnabled(await fs.readFile(filePath, 'utf8'));
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    /** Removing a file that is not there is fine: the result, no autostart, is the same. */
    async remove(): Promise<void> {
      await fs.rm(filePath, { force: true });
    },
  };
}

export type LinuxAutostart = ReturnType<typeof createLinuxAutostart>;
