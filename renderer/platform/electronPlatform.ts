import { eventContract } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/ipcResult';
import type { JournalApi } from '../../shared/ipc/journalApi';
import { PlatformError, type JournalPlatform } from './JournalPlatform';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

export function createElectronPlatform(api: JournalApi): JournalPlatform {
  return {
    kind: 'electron',
    getAppInfo: async () => unwrap(await api.getAppInfo()),
    openExternal: async (url) => unwrap(await api.openExternal({ url })).opened,
    onNavigate: (listener) =>
      api.onNavigate((payload) => {
        // Main is trusted, but the payload still crossed a process boundary.
        const parsed = eventContract['app:navigate'].safeParse(payload);
        if (parsed.success) listener(parsed.data.route);
      }),
  };
}
