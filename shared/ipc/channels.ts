/**
 * Channel names only, with no schemas, so the sandboxed preload bundle stays small.
 * The contract (contract.ts) attaches a request and response schema to each name and
 * fails to compile if the two lists ever drift apart.
 */
export const invokeChannels = {
  getAppInfo: 'app:get-info',
  openExternal: 'app:open-external',
} as const;

/** Main-to-renderer events. */
export const eventChannels = {
  onNavigate: 'app:navigate',
} as const;

export type InvokeMethod = keyof typeof invokeChannels;
export type InvokeChannel = (typeof invokeChannels)[InvokeMethod];
export type EventMethod = keyof typeof eventChannels;
export type EventChannel = (typeof eventChannels)[EventMethod];
