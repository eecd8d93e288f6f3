/** Errors never cross IPC as exceptions (Electron reduces them to a message string): they travel as values. */
export type IpcErrorCode =
  'forbidden' | 'invalid-request' | 'invalid-response' | 'failed' | 'unknown-channel';

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export const ipcOk = <T>(value: T): IpcResult<T> => ({ ok: true, value });

export const ipcFail = (code: IpcErrorCode, message: string): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});
