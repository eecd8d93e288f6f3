import {
  eventChannels,
  invokeChannels,
  type EventMethod,
  type InvokeMethod,
} from '../../shared/ipc/channels';
import type { JournalApi } from '../../shared/ipc/journalApi';

/** The two ipcRenderer functions the bridge uses; passed in so the shape is testable without Electron. */
export interface IpcRendererLike {
  invoke(channel: string, payload?: unknown): Promise<unknown>;
  on(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, payload: unknown) => void): unknown;
}

/**
 * Builds `window.journal`: one named function per contract channel and nothing else.
 * Listeners never see the IPC event object (it carries `sender`), and each returns its unsubscribe.
 */
export function buildJournalApi(ipc: IpcRendererLike): JournalApi {
  const api: Record<string, unknown> = {};
  for (const method of Object.keys(invokeChannels) as InvokeMethod[]) {
    const channel = invokeChannels[method];
    api[method] = (request?: unknown) => ipc.invoke(channel, request);
  }
  for (const method of Object.keys(eventChannels) as EventMethod[]) {
    const channel = eventChannels[method];
    api[method] = (listener: (payload: unknown) => void) => {
      const forward = (_event: unknown, payload: unknown) => listener(payload);
      ipc.on(channel, forward);
      return () => {
        ipc.removeListener(channel, forward);
      };
    };
  }
  return Object.freeze(api) as JournalApi;
}
