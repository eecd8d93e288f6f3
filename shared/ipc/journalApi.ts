import type { EventMethod, InvokeMethod, eventChannels, invokeChannels } from './channels';
import type { EventPayload, InvokeRequest, InvokeResponse } from './contract';
import type { IpcResult } from './ipcResult';

type InvokeFunction<C extends (typeof invokeChannels)[InvokeMethod]> =
  InvokeRequest<C> extends undefined
    ? () => Promise<IpcResult<InvokeResponse<C>>>
    : (request: InvokeRequest<C>) => Promise<IpcResult<InvokeResponse<C>>>;

/** The exact shape of `window.journal`, derived from the contract so the two cannot drift. */
export type JournalApi = {
  [M in InvokeMethod]: InvokeFunction<(typeof invokeChannels)[M]>;
} & {
  [M in EventMethod]: (listener: (payload: EventPayload<(typeof eventChannels)[M]>) => void) => () => void;
};
