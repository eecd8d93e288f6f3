import { describe, expect, it } from 'vitest';
import { denyAllPermissions, type PermissionSession } from '../../../electron/security/permissions';

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];

function fakeSession() {
  const installed: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  const session: PermissionSession = {
    setPermissionRequestHandler: (handler) => {
      installed.request = handler;
    },
    setPermissionCheckHandler: (handler) => {
      installed.check = handler;
    },
    setDevicePermissionHandler: (handler) => {
      installed.device = handler;
    },
  };
  denyAllPermissions(session);
  return installed;
}

const permissions = ['notifications', 'media', 'geolocation', 'openExternal', 'clipboard-read', 'midi'];

describe('denyAllPermissions', () => {
  it.each(permissions)('answers a request for %s with false', (permission) => {
    const { request } = fakeSession();
    const answers: boolean[] = [];
    request?.({}, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it.each(permissions)('answers a check for %s with false', (permission) => {
    const { check } = fakeSession();
    expect(check?.({}, permission)).toBe(false);
  });

  it('installs request, check and device handlers', () => {
    const installed = fakeSession();
    expect(installed.request).toBeTypeOf('function');
    expect(installed.check).toBeTypeOf('function');
    expect(installed.device?.()).toBe(false);
  });

  it('works with a session that has no device permission handler', () => {
    let requestHandler: RequestHandler | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => {
        requestHandler = handler;
      },
      setPermissionCheckHandler: () => undefined,
    });
    expect(requestHandler).toBeTypeOf('function');
  });
});
