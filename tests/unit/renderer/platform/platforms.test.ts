import { describe, expect, it, vi } from 'vitest';
import type { JournalApi } from '../../../../shared/ipc/journalApi';
import { createBrowserPlatform } from '../../../../renderer/platform/browserPlatform';
import { choosePlatform } from '../../../../renderer/platform/choosePlatform';
import { createElectronPlatform } from '../../../../renderer/platform/electronPlatform';
import { PlatformError } from '../../../../renderer/platform/JournalPlatform';

const appInfo = {
  name: 'Influence Journal',
  version: '1.2.3',
  platform: 'linux' as const,
  dataFolder: '/data',
  electronVersion: '45.5.0',
};

function fakeApi(overrides: Partial<JournalApi> = {}): JournalApi {
  return {
    getAppInfo: vi.fn(async () => ({ ok: true as const, value: appInfo })),
    openExternal: vi.fn(async () => ({ ok: true as const, value: { opened: true } })),
    onNavigate: vi.fn(() => () => undefined),
    ...overrides,
  };
}

describe('electron platform', () => {
  it('unwraps a successful bridge result', async () => {
    await expect(createElectronPlatform(fakeApi()).getAppInfo()).resolves.toEqual(appInfo);
  });

  it('turns a failed bridge result into a PlatformError with its code and message', async () => {
    const api = fakeApi({
      getAppInfo: vi.fn(async () => ({
        ok: false as const,
        error: { code: 'forbidden' as const, message: 'not allowed' },
      })),
    });
    const failure = createElectronPlatform(api).getAppInfo();
    await expect(failure).rejects.toBeInstanceOf(PlatformError);
    await expect(failure).rejects.toMatchObject({ code: 'forbidden', message: 'not allowed' });
  });

  it('passes only valid navigation events to the listener', () => {
    let forward: ((payload: unknown) => void) | undefined;
    const api = fakeApi({
      onNavigate: vi.fn((listener: (payload: unknown) => void) => {
        forward = listener;
        return () => undefined;
      }) as JournalApi['onNavigate'],
    });
    const listener = vi.fn();
    createElectronPlatform(api).onNavigate(listener);
    forward?.({ route: '/people' });
    forward?.({ route: 'https://evil.example' });
    forward?.('garbage');
    expect(listener.mock.calls).toEqual([['/people']]);
  });
});

describe('browser platform', () => {
  it('describes itself as the web platform', async () => {
    const info = await createBrowserPlatform('9.9.9').getAppInfo();
    expect(info).toMatchObject({ platform: 'web', version: '9.9.9', electronVersion: null });
  });

  it('refuses to open anything but https and mailto links', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const platform = createBrowserPlatform('1.0.0');
    await expect(platform.openExternal('javascript:alert(1)')).resolves.toBe(false);
    await expect(platform.openExternal('file:///etc/passwd')).resolves.toBe(false);
    await expect(platform.openExternal('not a url')).resolves.toBe(false);
    expect(open).not.toHaveBeenCalled();
    await platform.openExternal('https://example.com/');
    expect(open).toHaveBeenCalledWith('https://example.com/', '_blank', 'noopener,noreferrer');
    open.mockRestore();
  });
});

describe('choosePlatform', () => {
  it('uses the bridge when the preload exposed one, and the browser otherwise', () => {
    expect(choosePlatform({ journal: fakeApi() } as unknown as Window, '1').kind).toBe('electron');
    expect(choosePlatform({} as Window, '1').kind).toBe('browser');
  });
});
