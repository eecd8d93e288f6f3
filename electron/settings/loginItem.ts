import { PRODUCT_NAME } from '../../shared/app/identity';
import { buildAutostartEntry, type LinuxAutostart } from './linuxAutostart';

/** Passed when the system starts the app at login, so it can start in the tray without a window. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  setLoginItemSettings(settings: { openAtLogin: boolean; path?: string; args?: string[] }): void;
  /** Electron's `app.getLoginItemSettings`; Windows needs the same path and args to find our entry. */
  getLoginItemSettings?(options?: { path?: string; args?: string[] }): { openAtLogin: boolean };
  linuxAutostart: LinuxAutostart;
  /** What starts this app: the executable (or AppImage) and, unpackaged, the app folder. */
  command: { execPath: string; args: readonly string[] };
}

export function supportsStartAtLogin(platform: NodeJS.Platform): boolean {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux';
}

/** Turns start-at-login on or off the way each system expects. */
export async function applyStartAtLogin(enabled: boolean, deps: LoginItemDeps): Promise<void> {
  const { execPath, args } = deps.command;
  switch (deps.platform) {
    case 'darwin':
      // macOS 13+ ignores openAsHidden; the app opens its window at login like any other.
      deps.setLoginItemSettings({ openAtLogin: enabled });
      return;
    case 'win32':
      deps.setLoginItemSettings({ openAtLogin: enabled, path: execPath, args: [...args, HIDDEN_ARG] });
      return;
    case 'linux':
      if (!enabled) return deps.linuxAutostart.remove();
      return deps.linuxAutostart.write(
        buildAutostartEntry({
          name: PRODUCT_NAME,
          comment: 'Reminders to reflect on conversations and follow up',
          execPath,
          args: [...args, HIDDEN_ARG],
          icon: 'influence-journal',
        }),
      );
    default:
      throw new Error('Starting at login is not supported on this system.');
  }
}

/**
 * Whether the system will start the app at login now, read back from the system itself (the
 * person may have turned it off in System Settings, Task Manager or their desktop's startup
 * list). Null when this system cannot say; the stored choice stands then.
 */
export async function readStartAtLogin(deps: LoginItemDeps): Promise<boolean | null> {
  const { execPath, args } = deps.command;
  switch (deps.platform) {
    case 'darwin':
      return deps.getLoginItemSettings?.().openAtLogin ?? null;
    case 'win32':
      return deps.getLoginItemSettings?.({ path: execPath, args: [...args, HIDDEN_ARG] }).openAtLogin ?? null;
    case 'linux':
      return deps.linuxAutostart.isEnabled();
    default:
      return null;
  }
}
