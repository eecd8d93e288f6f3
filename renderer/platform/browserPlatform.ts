import { PRODUCT_NAME } from '../../shared/app/identity';
import type { AppRoute } from '../../shared/ipc/contract';
import type { JournalPlatform } from './JournalPlatform';

const allowedExternalProtocols = new Set(['https:', 'mailto:']);

/** The journal in an ordinary browser tab: IndexedDB is the data folder, downloads are the file system. */
export function createBrowserPlatform(appVersion: string): JournalPlatform {
  const navigateListeners = new Set<(route: AppRoute) => void>();
  return {
    kind: 'browser',
    getAppInfo: async () => ({
      name: PRODUCT_NAME,
      version: appVersion,
      platform: 'web',
      dataFolder: `This browser's storage for ${window.location.origin}`,
      electronVersion: null,
    }),
    openExternal: async (url) => {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (!allowedExternalProtocols.has(parsed.protocol)) return false;
      const opened = window.open(parsed.href, '_blank', 'noopener,noreferrer');
      return opened !== null || parsed.protocol === 'mailto:';
    },
    onNavigate: (listener) => {
      navigateListeners.add(listener);
      return () => navigateListeners.delete(listener);
    },
  };
}
