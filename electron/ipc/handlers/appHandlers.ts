import type { AppInfo } from '../../../shared/ipc/contract';
import { openExternalSafely, type OpenExternal } from '../../security/externalUrls';

export interface AppFacts {
  name: string;
  version: string;
  platform: NodeJS.Platform;
  dataFolder: string;
  electronVersion: string | null;
}

export function toAppInfo(facts: AppFacts): AppInfo {
  const platform =
    facts.platform === 'darwin' || facts.platform === 'win32' || facts.platform === 'linux'
      ? facts.platform
      : 'other';
  return { ...facts, platform };
}

export function createAppHandlers(facts: () => AppFacts, openExternal: OpenExternal) {
  return {
    'app:get-info': () => toAppInfo(facts()),
    'app:open-external': async ({ url }: { url: string }) => ({
      opened: await openExternalSafely(url, openExternal),
    }),
  };
}
