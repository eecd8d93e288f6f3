import { describe, expect, it, vi } from 'vitest';
import { buildJournalApi, type IpcRendererLike } from '../../../electron/preload/buildJournalApi';
import { eventChannels, invokeChannels } from '../../../shared/ipc/channels';

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: {
    invoke: vi.fn(() => Promise.resolve({ ok: true, value: null })),
    on: vi.fn(),
    removeListener: vi.fn(),
    send: vi.fn(),
  },
}));

type IpcListener = (event: unknown, payload: unknown) => void;

function fakeIpcRenderer() {
  const listeners = new Map<string, IpcListener[]>();
  const invoke = vi.fn((_channel: string, _payload?: unknown) =>
    Promise.resolve<unknown>({ ok: true, value: 1 }),
  );
  const ipc: IpcRendererLike = {
    invoke,
    on: (channel, listener) => {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel, listener) => {
      listeners.set(
        channel,
        (listeners.get(channel) ?? []).filter((candidate) => candidate !== listener),
      );
    },
  };
  const emit = (channel: string, event: unknown, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(event, payload);
  };
  const count = (channel: string) => (listeners.get(channel) ?? []).length;
  return { ipc, invoke, emit, count };
}

// Written out by hand on purpose: a new bridge method must be added here, in a reviewed change.
const expectedKeys = [
  'abortBackup',
  'appendBackup',
  'beginBackup',
  'chooseBackupFolder',
  'commitBackup',
  'getAppInfo',
  'getQuietHours',
  'getRemindersStatus',
  'getSettings',
  'listBackups',
  'listReminders',
  'markReminderDone',
  'onFlushDrafts',
  'onNavigate',
  'onRemindersChanged',
  'onRemindersDueInApp',
  'readBackup',
  'removeReminder',
  'reportBackupFailure',
  'reportDraftsFlushed',
  'reportReflectionSaved',
  'saveFile',
  'saveReportPdf',
  'sendTestNotification',
  'setQuietHours',
  'setReminderPaused',
  'snoozeReminder',
  'takeInAppReminders',
  'updateSettings',
  'upsertReminder',
];

describe('buildJournalApi', () => {
  it('exposes exactly one named function per contract method', () => {
    const api = buildJournalApi(fakeIpcRenderer().ipc);
    const keys = Object.keys(api).sort();
    expect(keys).toEqual(expectedKeys);
    expect(keys).toEqual([...Object.keys(invokeChannels), ...Object.keys(eventChannels)].sort());
    for (const key of keys) expect(api[key as keyof typeof api]).toBeTypeOf('function');
  });

  it('is frozen so the page cannot add or replace methods', () => {
    const api = buildJournalApi(fakeIpcRenderer().ipc);
    expect(Object.isFrozen(api)).toBe(true);
    expect(() => Object.assign(api, { invoke: () => undefined })).toThrow(TypeError);
  });

  it('invokes the contract channel with the request payload', async () => {
    const { ipc, invoke } = fakeIpcRenderer();
    const api = buildJournalApi(ipc);
    await expect(api.reportDraftsFlushed({ requestId: 'quit-1' })).resolves.toEqual({ ok: true, value: 1 });
    expect(invoke).toHaveBeenLastCalledWith('app:drafts-flushed', { requestId: 'quit-1' });
    await api.getAppInfo();
    expect(invoke).toHaveBeenLastCalledWith('app:get-info', undefined);
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('gives an event listener only the payload, never the IPC event', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const api = buildJournalApi(ipc);
    const received: unknown[][] = [];
    api.onNavigate((...args: unknown[]) => {
      received.push(args);
    });
    const event = { sender: { send: () => undefined } };
    emit('app:navigate', event, { route: '/people' });
    expect(received).toEqual([[{ route: '/people' }]]);
    expect(received[0]).toHaveLength(1);
    expect(received[0]).not.toContain(event);
  });

  it('returns an unsubscribe that removes exactly that listener', () => {
    const { ipc, emit, count } = fakeIpcRenderer();
    const api = buildJournalApi(ipc);
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = api.onNavigate(first);
    api.onNavigate(second);
    expect(count('app:navigate')).toBe(2);
    unsubscribeFirst();
    expect(count('app:navigate')).toBe(1);
    emit('app:navigate', { sender: {} }, { route: '/new' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith({ route: '/new' });
  });
});

describe('preload entry', () => {
  it('exposes only the named journal API to the page', async () => {
    await import('../../../electron/preload');
    const { contextBridge } = await import('electron');
    const expose = vi.mocked(contextBridge.exposeInMainWorld);
    expect(expose).toHaveBeenCalledTimes(1);
    const [key, api] = expose.mock.calls[0] ?? [];
    expect(key).toBe('journal');
    expect(Object.keys(api as object).sort()).toEqual(expectedKeys);
    for (const forbidden of ['ipcRenderer', 'invoke', 'send', 'on'])
      expect(api).not.toHaveProperty(forbidden);
  });
});
