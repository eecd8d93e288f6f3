import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { invokeContract } from '../../../shared/ipc/contract';
import { FakeBrowserWindow, FakeWebContents, fakeEvent, onlyWindow } from './fakeBrowserWindow';

type Listener = (...args: unknown[]) => unknown;
type ElectronFake = ReturnType<typeof createElectronFake>;

const holder = vi.hoisted(() => ({ current: null as ElectronFake | null }));

function currentFake(): ElectronFake {
  if (!holder.current) throw new Error('The electron fake was used before a test created it');
  return holder.current;
}

// Getters, so every fresh import of main.ts sees the fake the running test created.
vi.mock('electron', () => ({
  get app() {
    return currentFake().app;
  },
  get protocol() {
    return currentFake().protocol;
  },
  get session() {
    return currentFake().session;
  },
  get ipcMain() {
    return currentFake().ipcMain;
  },
  get Menu() {
    return currentFake().Menu;
  },
  get screen() {
    return currentFake().screen;
  },
  get shell() {
    return currentFake().shell;
  },
  get BrowserWindow() {
    return FakeBrowserWindow;
  },
}));

function createElectronFake(options: { lockGranted: boolean }) {
  const calls: string[] = [];
  let markReady = (): void => undefined;
  const ready = new Promise<void>((resolve) => {
    markReady = () => {
      calls.push('ready');
      resolve();
    };
  });
  const appListeners = new Map<string, Listener[]>();
  const app = {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => {
      calls.push('requestSingleInstanceLock');
      return options.lockGranted;
    }),
    whenReady: vi.fn(() => ready),
    on: vi.fn((event: string, listener: Listener) => {
      appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      return app;
    }),
    setPath: vi.fn((name: string, _value: string) => {
      calls.push(`setPath:${name}`);
    }),
    getPath: vi.fn(() => path.join(os.tmpdir(), 'ij-unused-app-data')),
    setName: vi.fn(),
    setAppUserModelId: vi.fn(),
    setDesktopName: vi.fn(),
    getVersion: vi.fn(() => '0.1.0'),
    quit: vi.fn(),
  };
  const emitApp = (event: string, ...args: unknown[]) => {
    const listeners = appListeners.get(event) ?? [];
    if (listeners.length === 0) throw new Error(`No app listener for ${event}`);
    for (const listener of listeners) listener(...args);
  };
  return {
    calls,
    markReady,
    emitApp,
    app,
    protocol: {
      registerSchemesAsPrivileged: vi.fn((_schemes: unknown[]) => {
        calls.push('registerSchemesAsPrivileged');
      }),
      handle: vi.fn((_scheme: string, _handler: (request: { url: string }) => Promise<Response>) => {
        calls.push('protocol.handle');
      }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(
          (_handler: (webContents: unknown, permission: string) => boolean) => undefined,
        ),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    ipcMain: {
      handle: vi.fn(
        (_channel: string, _listener: (event: unknown, payload: unknown) => Promise<unknown>) => undefined,
      ),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    screen: { getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]) },
    shell: { openExternal: vi.fn((_url: string) => Promise.resolve()) },
  };
}

const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform');
const savedEnv = { ...process.env };
let userDataDir = '';

function stubPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

async function startMain(options: { lockGranted?: boolean } = {}): Promise<ElectronFake> {
  const fake = createElectronFake({ lockGranted: options.lockGranted ?? true });
  holder.current = fake;
  vi.resetModules();
  await import('../../../electron/main');
  return fake;
}

async function startAndBecomeReady(): Promise<{ fake: ElectronFake; window: FakeBrowserWindow }> {
  const fake = await startMain();
  fake.markReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  return { fake, window: onlyWindow() };
}

beforeEach(async () => {
  FakeBrowserWindow.instances = [];
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ij-main-'));
  process.env.INFLUENCE_JOURNAL_USER_DATA = userDataDir;
  delete process.env.INFLUENCE_JOURNAL_DEV_SERVER_URL;
  stubPlatform('linux');
});

afterEach(async () => {
  if (originalPlatform) Object.defineProperty(process, 'platform', originalPlatform);
  process.env = { ...savedEnv };
  holder.current = null;
  await rm(userDataDir, { recursive: true, force: true });
});

describe('main entry, before ready', () => {
  it('registers the app scheme as privileged before ready', async () => {
    const fake = await startMain();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }),
      },
    ]);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
    fake.markReady();
    await vi.waitFor(() => expect(fake.calls).toContain('protocol.handle'));
    expect(fake.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(fake.calls.indexOf('ready'));
  });

  it('pins userData and sessionData to the override folder before ready', async () => {
    const fake = await startMain();
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', userDataDir);
    expect(fake.app.setPath).toHaveBeenCalledWith('sessionData', userDataDir);
    expect(fake.calls).not.toContain('ready');
    expect(fake.app.setName).toHaveBeenCalledWith('Influence Journal');
  });

  it('sets the Windows app user model id on win32', async () => {
    stubPlatform('win32');
    const fake = await startMain();
    expect(fake.app.setAppUserModelId).toHaveBeenCalledExactlyOnceWith('app.influencejournal.desktop');
    expect(fake.app.setDesktopName).not.toHaveBeenCalled();
  });

  it('sets the desktop entry name on Linux and no app user model id', async () => {
    const fake = await startMain();
    expect(fake.app.setDesktopName).toHaveBeenCalledExactlyOnceWith('influence-journal.desktop');
    expect(fake.app.setAppUserModelId).not.toHaveBeenCalled();
  });

  it('quits without waiting for ready or creating a window when another instance holds the lock', async () => {
    const fake = await startMain({ lockGranted: false });
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.app.whenReady).not.toHaveBeenCalled();
    expect(fake.app.on).not.toHaveBeenCalled();
    fake.markReady();
    await Promise.resolve();
    expect(FakeBrowserWindow.instances).toHaveLength(0);
    expect(fake.protocol.handle).not.toHaveBeenCalled();
  });
});

describe('main entry, after ready', () => {
  it('serves app://, denies permissions, registers every IPC channel and opens one window', async () => {
    const { fake, window } = await startAndBecomeReady();
    expect(fake.protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
    const permissions = fake.session.defaultSession;
    expect(permissions.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(permissions.setPermissionCheckHandler).toHaveBeenCalledTimes(1);
    const checkHandler = permissions.setPermissionCheckHandler.mock.calls[0]?.[0];
    expect(checkHandler?.({}, 'notifications')).toBe(false);
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.keys(invokeContract).sort());
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(window.loadedUrls).toEqual(['app://journal/index.html']);
    expect(window.options.webPreferences?.sandbox).toBe(true);
    expect(window.options.webPreferences?.preload).toMatch(/preload\.cjs$/);
  });

  it('answers IPC from the app page, which proves the app:// origin is recognised', async () => {
    const { fake } = await startAndBecomeReady();
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const getInfo = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:get-info')?.[1];
    if (!getInfo) throw new Error('app:get-info was not registered');
    const result = await getInfo({ senderFrame: { url: 'app://journal/index.html' } }, undefined);
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'Influence Journal', version: '0.1.0', dataFolder: userDataDir, platform: 'linux' },
    });
    await expect(
      getInfo({ senderFrame: { url: 'https://evil.example/' } }, undefined),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(consoleError).toHaveBeenCalledExactlyOnceWith(
      expect.stringContaining('Refused app:get-info'),
      'https://evil.example/',
    );
    consoleError.mockRestore();
  });

  it('ignores a dev server URL in a packaged build', async () => {
    process.env.INFLUENCE_JOURNAL_DEV_SERVER_URL = 'http://localhost:5173/';
    const { window } = await startAndBecomeReady();
    expect(window.loadedUrls).toEqual(['app://journal/index.html']);
  });

  it('focuses and restores the existing window on a second instance instead of opening another', async () => {
    const { fake, window } = await startAndBecomeReady();
    window.minimized = true;
    fake.emitApp('second-instance');
    expect(window.restored).toBe(1);
    expect(window.focused).toBe(1);
    expect(window.shown).toBeGreaterThanOrEqual(1);
    expect(FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('locks down every web contents that gets created', async () => {
    const { fake } = await startAndBecomeReady();
    const contents = new FakeWebContents();
    fake.emitApp('web-contents-created', fakeEvent(), contents);
    const attach = fakeEvent();
    contents.emit('will-attach-webview', attach);
    expect(attach.defaultPrevented).toBe(true);
    const navigation = fakeEvent();
    contents.emit('will-navigate', navigation, 'https://evil.example/');
    expect(navigation.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('quits when the last window closes on Linux', async () => {
    const { fake } = await startAndBecomeReady();
    fake.emitApp('window-all-closed');
    expect(fake.app.quit).toHaveBeenCalledTimes(1);
  });
});
