import { vi } from 'vitest';
import type { IpcHandlers } from '../../../electron/ipc/registerIpcHandlers';
import { invokeContract } from '../../../shared/ipc/contract';

/** A handler for every contract channel that fails if called; tests override the ones they use. */
export function stubIpcHandlers(): IpcHandlers {
  const handlers: Record<string, unknown> = {};
  for (const channel of Object.keys(invokeContract)) {
    handlers[channel] = vi.fn(() => {
      throw new Error(`${channel} is not used by this test`);
    });
  }
  return handlers as IpcHandlers;
}
