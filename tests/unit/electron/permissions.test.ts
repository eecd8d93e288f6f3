import { describe, expect, it } from 'vitest';
import { installPermissionHandlers, type PermissionSession } from '../../../electron/security/permissions';

type RequestHandler = Parameters<PermissionSession['setPermissionRequestHandler']>[0];
type CheckHandler = Parameters<PermissionSession['setPermissionCheckHandler']>[0];

const appOrigin = 'app://journal';

function installed() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
  installPermissionHandlers(
    {
      setPermissionRequestHandler: (handler) => {
        handlers.request = handler;
      },
      setPermissionCheckHandler: (handler) => {
        handlers.check = handler;
      },
      setDevicePermissionHandler: (handler) => {
        handlers.device = handler;
      },
    },
    appOrigin,
  );
  const { request, check, device } = handlers;
  if (!request || !check || !device) throw new Error('a permission handler was not installed');
  const ask = (permission: string, requestingUrl: string) => {
    const answers: boolean[] = [];
    request({}, permission, (granted) => answers.push(granted), { requestingUrl });
    return answers;
  };
  return { ask, check, device };
}

const deniedPermissions = ['notifications', 'media', 'geolocation', 'openExternal', 'clipboard-read', 'midi'];
const foreignOrigins = ['https://evil.example', 'app://journal.evil', 'file:///etc/passwd', 'null', ''];

describe('permission handlers', () => {
  it('grant persistent storage to the app page, so the journal is never evicted', () => {
    const { ask, check } = installed();
    expect(ask('persistent-storage', 'app://journal/index.html#/settings')).toEqual([true]);
    expect(check({}, 'persistent-storage', 'app://journal')).toBe(true);
  });

  it.each(foreignOrigins)('refuse persistent storage to %s', (origin) => {
    const { ask, check } = installed();
    expect(ask('persistent-storage', origin)).toEqual([false]);
    expect(check({}, 'persistent-storage', origin)).toBe(false);
  });

  it.each(deniedPermissions)('deny %s, even to the app page', (permission) => {
    const { ask, check } = installed();
    expect(ask(permission, 'app://journal/index.html')).toEqual([false]);
    expect(check({}, permission, 'app://journal')).toBe(false);
  });

  it('deny a request that says nothing of where it comes from', () => {
    const { check } = installed();
    const answers: boolean[] = [];
    let request: RequestHandler | undefined;
    installPermissionHandlers(
      {
        setPermissionRequestHandler: (handler) => {
          request = handler;
        },
        setPermissionCheckHandler: () => undefined,
      },
      appOrigin,
    );
    request?.({}, 'persistent-storage', (granted) => answers.push(granted), {});
    expect(answers).toEqual([false]);
    expect(check({}, 'persistent-storage', 'not a url')).toBe(false);
  });

  it('deny every device', () => {
    expect(installed().device()).toBe(false);
  });
});
