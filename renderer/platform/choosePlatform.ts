import type { JournalApi } from '../../shared/ipc/journalApi';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform } from './electronPlatform';
import type { JournalPlatform } from './JournalPlatform';

declare global {
  interface Window {
    journal?: JournalApi;
  }
}

/** The preload's bridge exists only inside the desktop app; without it this is a browser tab. */
export function choosePlatform(target: Window, appVersion: string): JournalPlatform {
  return target.journal ? createElectronPlatform(target.journal) : createBrowserPlatform(appVersion);
}
