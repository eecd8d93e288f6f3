import { describe, expect, it, vi } from 'vitest';
import { eventChannels, invokeChannels } from '../../../../shared/ipc/channels';
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

/** Every bridge method fails unless a test gives it a value, so a test states what it relies on. */
function fakeApi(overrides: Partial<JournalApi> = {}): JournalApi {
  const unused = async () => ({ ok: false as const, error: { code: 'failed' as const, message: 'unused' } });
  const base: Record<string, unknown> = {};
  for (const method of Object.keys(invokeChannels)) base[method] = vi.fn(unused);
  for (const method of Object.keys(eventChannels)) base[method] = vi.fn(() => () => undefined);
  return {
    ...(base as JournalApi),
    getAppInfo: vi.fn(async () => ({ ok: true as const, value: appInfo })),
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

  it('passes only valid navigation events to the listener, in order', async () => {
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
    forward?.({ route: '/journal' });
    // The contract loads on the first event; every event waits for it, in the order sent.
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(2));
    expect(listener.mock.calls).toEqual([['/people'], ['/journal']]);
  });
});

describe('electron platform reminders', () => {
  const reminder = {
    id: 'r',
    kind: 'rhythm' as const,
    title: 'Any tough conversations today?',
    schedule: { type: 'daily' as const, time: '17:30' },
    timeZone: 'Europe/Berlin',
    paused: false,
    quietIfReflected: 'none' as const,
    done: false,
    createdAt: '2024-12-02T12:00:00.000Z',
  };

  it('calls the named bridge methods with their requests and unwraps the answers', async () => {
    const api = fakeApi({
      upsertReminder: vi.fn(async () => ({ ok: true as const, value: { reminder } })),
      snoozeReminder: vi.fn(async () => ({ ok: true as const, value: { reminder } })),
      reportReflectionSaved: vi.fn(async () => ({ ok: true as const, value: { recorded: true } })),
      setQuietHours: vi.fn(async () => ({
        ok: true as const,
        value: { enabled: true, start: '22:00', end: '07:00' },
      })),
    });
    const { reminders } = createElectronPlatform(api);
    await expect(reminders.upsert(reminder)).resolves.toEqual(reminder);
    expect(api.upsertReminder).toHaveBeenCalledWith({ reminder });
    await reminders.snooze('r', '1h');
    expect(api.snoozeReminder).toHaveBeenCalledWith({ id: 'r', option: '1h' });
    await reminders.reportLatestReflection(null);
    expect(api.reportReflectionSaved).toHaveBeenCalledWith({ latestReflectionAt: null });
    await reminders.setQuietHours({ enabled: true, start: '22:00', end: '07:00' });
    expect(api.setQuietHours).toHaveBeenCalledWith({
      quietHours: { enabled: true, start: '22:00', end: '07:00' },
    });
    await expect(reminders.remove('r')).rejects.toMatchObject({ message: 'unused' });
  });

  it('passes on only well-formed reminder events', async () => {
    const forward: Record<string, (payload: unknown) => void> = {};
    const capture = (name: string) =>
      vi.fn((listener: (payload: unknown) => void) => {
        forward[name] = listener;
        return () => undefined;
      });
    const api = fakeApi({
      onRemindersChanged: capture('changed') as JournalApi['onRemindersChanged'],
      onRemindersDueInApp: capture('due') as JournalApi['onRemindersDueInApp'],
    });
    const { reminders } = createElectronPlatform(api);
    const changed = vi.fn();
    const due = vi.fn();
    reminders.onChanged(changed);
    reminders.onDueInApp(due);
    forward.changed?.({});
    forward.changed?.({ injected: true });
    const notification = {
      title: 'A',
      body: '',
      items: [
        {
          reminderId: 'r',
          kind: 'rhythm',
          title: 'A',
          occurrence: '2024-12-02T16:30:00.000Z',
          missedCount: 0,
        },
      ],
    };
    forward.due?.(notification);
    forward.due?.({ title: 'A', body: '', items: [] });
    forward.due?.(notification);
    await vi.waitFor(() => expect(due).toHaveBeenCalledTimes(2));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(due.mock.calls).toEqual([[notification], [notification]]);
  });
});

describe('browser platform', () => {
  it('describes itself as the web platform', async () => {
    const info = await createBrowserPlatform('9.9.9').getAppInfo();
    expect(info).toMatchObject({ platform: 'web', version: '9.9.9', electronVersion: null });
  });

  it('says it cannot run in the background or at login', async () => {
    const { settings } = createBrowserPlatform('1.0.0');
    await expect(settings.get()).resolves.toMatchObject({
      supports: { keepRunningInBackground: false, startAtLogin: false },
    });
    await expect(settings.update({ startAtLogin: true })).rejects.toBeInstanceOf(PlatformError);
  });
});

describe('choosePlatform', () => {
  it('uses the bridge when the preload exposed one, and the browser otherwise', () => {
    expect(choosePlatform({ journal: fakeApi() } as unknown as Window, '1').kind).toBe('electron');
    expect(choosePlatform({} as Window, '1').kind).toBe('browser');
  });
});
