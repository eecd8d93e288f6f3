import type { AppInfo } from '../../../shared/ipc/contract';

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

export interface AppHandlerDeps {
  facts: () => AppFacts;
  /** The page's answer to `app:flush-drafts`. */
  draftsFlushed: (requestId: string) => void;
}

export function createAppHandlers({ facts, draftsFlushed }: AppHandlerDeps) {
  return {
    'app:get-info': () => toAppInfo(facts()),
    'app:drafts-flushed': ({ requestId }: { requestId: string }) => {
      draftsFlushed(requestId);
      return null;
    },
  };
}
