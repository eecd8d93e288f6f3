import { isAppOrigin } from './navigationGuards';

/**
 * The page needs one browser permission: `persistent-storage`, so the browser never evicts the
 * journal under storage pressure. Notifications are shown by the main process and files go
 * through save and open dialogs, so every other permission is denied, and so is any origin but
 * the app's own.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage']);

export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler?(handler: () => boolean): void;
}

export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined,
  appOrigin: string,
) {
  return (
    GRANTED_PERMISSIONS.has(permission) &&
    requestingUrl !== undefined &&
    isAppOrigin(requestingUrl, appOrigin)
  );
}

export function installPermissionHandlers(session: PermissionSession, appOrigin: string): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details?.requestingUrl, appOrigin)),
  );
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, appOrigin),
  );
  session.setDevicePermissionHandler?.(() => false);
}
