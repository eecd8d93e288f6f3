import type { InvokeChannel } from '../../shared/ipc/channels';
import { invokeContract, type InvokeRequest, type InvokeResponse } from '../../shared/ipc/contract';
import { ipcFail, ipcOk, type IpcResult } from '../../shared/ipc/ipcResult';
import { isTrustedSender, type SenderLike } from './isTrustedSender';
import { errorText } from '../../shared/app/errorText';

export type IpcHandlers = {
  [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>> | InvokeResponse<C>;
};

export interface IpcMainLike {
  handle(channel: string, listener: (event: SenderLike, payload: unknown) => Promise<unknown>): void;
}

export type Logger = (message: string, detail?: unknown) => void;

/** Builds the checked handler for one channel: sender, request schema, handler, response schema. */
export function createCheckedHandler<C extends InvokeChannel>(
  channel: C,
  handler: IpcHandlers[C],
  appOrigin: string,
  log: Logger,
) {
  const spec = invokeContract[channel];
  return async (event: SenderLike, payload: unknown): Promise<IpcResult<InvokeResponse<C>>> => {
    if (!isTrustedSender(event, appOrigin)) {
      log(`Refused ${channel}: the caller is not the app's own page`, event.senderFrame?.url);
      return ipcFail('forbidden', `${channel} may only be called by the app's own page.`);
    }
    const request = spec.request.safeParse(payload);
    if (!request.success) {
      const detail = request.error.issues
        .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : 'request'}: ${issue.message}`)
        .join('; ');
      return ipcFail('invalid-request', `Invalid request for ${channel}: ${detail}`);
    }
    try {
      const value: unknown = await handler(request.data as InvokeRequest<C>);
      const response = spec.response.safeParse(value);
      if (!response.success) {
        log(`Handler for ${channel} returned a value outside the contract`, response.error.issues);
        return ipcFail('invalid-response', `${channel} produced an invalid response.`);
      }
      return ipcOk(response.data as InvokeResponse<C>);
    } catch (error) {
      const message = errorText(error);
      log(`Handler for ${channel} failed`, error);
      return ipcFail('failed', message);
    }
  };
}

/** Registers one checked handler per contract channel; a missing handler fails to compile. */
export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: IpcHandlers,
  appOrigin: string,
  log: Logger,
) {
  for (const channel of Object.keys(invokeContract) as InvokeChannel[]) {
    ipcMain.handle(channel, createCheckedHandler(channel, handlers[channel] as never, appOrigin, log));
  }
}
