/** Shared by the main-process entry tests: an Electron fake and a fresh main.ts per test. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { FakeBrowserWindow, onlyWindow, type FakePreventableEvent } from './fakeBrowserWindow';
import {
  FakeNotification,
  FakeTray,
  createFakeNativeTheme,
  createFakePowerMonitor,
} from './fakeElectronExtras';

type Listener = (...args: unknown[]) => unknown;
export type ElectronFake = ReturnType<typeof createElectronFake>;

// On globalThis, not in this module: vi.resetModules() (which every start needs, to run main.ts
// afresh) must not give the electron mock a new, empty holder.
const globalFake = globalThis as {
  __ijMainFake?: { current: ElectronFake | null };
  __ijElectronModule?: object;
};
export const holder = (globalFake.__ijMainFake ??= { current: null });

function currentFake(): ElectronFake {
  if (!holder.current) throw new Error('The electron fake was used before a test created it');
  return holder.current;
}

/**
 * What `import ... from 'electron'` gives main.ts. Getters, so every fresh import of main.ts sees
 * the fake the running test created. Test files mock electron with:
 * `vi.mock('electron', () => (globalThis as { __ijElectronModule?: object }).__ijElectronModule)`.
 */
export const electronModule = {
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
  get powerMonitor() {
    return currentFake().powerMonitor;
  },
  get nativeImage() {
    return currentFake().nativeImage;
  },
  get nativeTheme() {
    return currentFake().nativeTheme;
  },
  get BrowserWindow() {
    return FakeBrowserWindow;
  },
  get Notification() {
    return FakeNotification;
  },
  get Tray() {
    return FakeTray;
  },
};
globalFake.__ijElectronModule = electronModule;

export function createElectronFake(options: { lockGranted: boolean; isPackaged?: boolean }) {
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
    isPackaged: options.isPackaged ?? true,
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
    getAppPath: vi.fn(() => '/opt/influence journal/app'),
    setLoginItemSettings: vi.fn(),
    quit: vi.fn(),
  };
  /** Stops the reminder engine's timers, as Electron does on quit, so no test leaks into the next. */
  const stop = () => {
    for (const listener of appListeners.get('will-quit') ?? []) listener();
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
    stop,
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
          (_handler: (webContents: unknown, permission: string, requestingOrigin?: string) => boolean) =>
            undefined,
        ),
        setDevicePermissionHandler: vi.fn(),
        setSpellCheckerEnabled: vi.fn((_enabled: boolean) => undefined),
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
    powerMonitor: createFakePowerMonitor(),
    nativeImage: { createFromDataURL: vi.fn((url: string) => ({ url })) },
    nativeTheme: createFakeNativeTheme(),
  };
}

const originalPlatform = Object.getOwnPropertyDescriptor(process, 'platform');
const savedEnv = { ...process.env };
let userDataDir = '';

/** The data folder the running test gave main.ts. */
export const currentUserDataDir = () => userDataDir;

export function stubPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform, configurable: true });
}

export async function startMain(
  options: { lockGranted?: boolean; isPackaged?: boolean } = {},
): Promise<ElectronFake> {
  const fake = createElectronFake({
    lockGranted: options.lockGranted ?? true,
    isPackaged: options.isPackaged,
  });
  holder.current = fake;
  // As in Electron: a new window's contents go through app's 'web-contents-created' too.
  FakeBrowserWindow.onCreated = (window) =>
    fake.emitApp('web-contents-created', { preventDefault: () => undefined }, window.webContents);
  vi.resetModules();
  await import('../../../electron/main');
  return fake;
}

export async function writeSettings(settings: { keepRunningInBackground: boolean; startAtLogin?: boolean }) {
  const filesDir = path.join(userDataDir, 'journal-files');
  await mkdir(filesDir, { recursive: true });
  const file = { version: 1, startAtLogin: false, latestReflectionAt: null, ...settings };
  await writeFile(path.join(filesDir, 'settings.json'), JSON.stringify(file));
}

export async function startAndBecomeReady(
  options: { isPackaged?: boolean } = {},
): Promise<{ fake: ElectronFake; window: FakeBrowserWindow }> {
  const fake = await startMain(options);
  fake.markReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  return { fake, window: onlyWindow() };
}

/** Registers the per-test set-up and clean-up; call once at the top of a test file. */
export function useMainTestSetup(): void {
  beforeEach(async () => {
    FakeBrowserWindow.instances = [];
    FakeTray.instances = [];
    FakeNotification.reset();
    userDataDir = await mkdtemp(path.join(os.tmpdir(), 'ij-main-'));
    process.env.INFLUENCE_JOURNAL_USER_DATA = userDataDir;
    delete process.env.INFLUENCE_JOURNAL_DEV_SERVER_URL;
    stubPlatform('linux');
  });

  afterEach(async () => {
    if (originalPlatform) Object.defineProperty(process, 'platform', originalPlatform);
    process.env = { ...savedEnv };
    // An idle first reminder check writes nothing, so there is no file to wait for: stop the
    // engine and let rm retry while a check that did find work is still writing.
    holder.current?.stop();
    holder.current = null;
    FakeBrowserWindow.onCreated = null;
    // A reminder check may still be writing its file; rm retries ENOTEMPTY.
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 });
  });
}

/** The ids of the `app:flush-drafts` requests main sent to a window's page. */
export function flushRequests(window: FakeBrowserWindow): string[] {
  return window.webContents.sent
    .filter(({ channel }) => channel === 'app:flush-drafts')
    .map(({ payload }) => (payload as { requestId: string }).requestId);
}

/** What the page does once its drafts are saved: answers each request over the bridge. */
export async function answerFlushRequests(fake: ElectronFake, window: FakeBrowserWindow): Promise<unknown[]> {
  const handler = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:drafts-flushed')?.[1];
  if (!handler) throw new Error('app:drafts-flushed was not registered');
  const requests = flushRequests(window);
  if (requests.length === 0) throw new Error('main sent no app:flush-drafts request');
  const fromApp = { senderFrame: { url: 'app://journal/index.html' } };
  return Promise.all(requests.map((requestId) => handler(fromApp, { requestId })));
}

/** Closes the window the way a person does when closing destroys the page: asked, answered, closed. */
export async function closeAfterFlush(
  fake: ElectronFake,
  window: FakeBrowserWindow,
): Promise<FakePreventableEvent> {
  const event = window.close();
  await answerFlushRequests(fake, window);
  await vi.waitFor(() => expect(window.destroyed).toBe(true));
  return event;
}
