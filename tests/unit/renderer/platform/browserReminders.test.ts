import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserReminders, type TabLocks } from '../../../../renderer/platform/browserReminders';
import { REMINDERS_STORAGE_KEY } from '../../../../renderer/platform/browserReminderStore';
import type { WebNotificationApi } from '../../../../renderer/platform/webNotifier';
import type { Reminder } from '../../../../shared/reminders/reminderSchema';
import {
  createFakeClock,
  createFakeTimers,
  flushAsync,
  MONDAY_1730,
  MONDAY_NOON,
  type FakeClock,
} from '../../shared/reminders/reminderTestKit';

class FakeWebNotification {
  static permission: NotificationPermission = 'granted';
  static answer: NotificationPermission = 'granted';
  static instances: FakeWebNotification[] = [];
  static requestPermission = vi.fn(async () => {
    FakeWebNotification.permission = FakeWebNotification.answer;
    return FakeWebNotification.answer;
  });

  onclick: ((event: Event) => void) | null = null;
  onclose: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onshow: ((event: Event) => void) | null = null;
  closed = false;

  constructor(
    readonly title: string,
    readonly options?: { body?: string },
  ) {
    FakeWebNotification.instances.push(this);
    queueMicrotask(() => this.onshow?.(new Event('show')));
  }

  close(): void {
    this.closed = true;
    this.onclose?.(new Event('close'));
  }
}

const reminder = (overrides: Partial<Reminder> = {}): Reminder => ({
  id: 'rhythm-1',
  kind: 'rhythm',
  title: 'Any tough conversations today?',
  schedule: { type: 'daily', time: '17:30' },
  timeZone: 'America/New_York',
  paused: false,
  quietIfReflected: 'none',
  done: false,
  createdAt: MONDAY_NOON,
  ...overrides,
});

/** `null` stands for a browser without the Notification API. */
function harness(api: WebNotificationApi | null = FakeWebNotification) {
  const clock = createFakeClock(MONDAY_NOON);
  const timers = createFakeTimers(clock);
  const focusWindow = vi.fn();
  const navigate = vi.fn();
  const build = () =>
    createBrowserReminders({
      storage: () => window.localStorage,
      notificationApi: api ?? undefined,
      focusWindow,
      navigate,
      now: clock.now,
      timers,
      localTimeZone: () => 'America/New_York',
    });
  const h = {
    clock,
    timers,
    focusWindow,
    navigate,
    reminders: build(),
    rebuild() {
      h.reminders = build();
      return h.reminders;
    },
    async jumpTo(iso: string) {
      clock.set(iso);
      await timers.fireNext();
      await h.reminders.list();
      await flushAsync();
    },
  };
  return h;
}

beforeEach(() => {
  window.localStorage.clear();
  FakeWebNotification.instances = [];
  FakeWebNotification.permission = 'granted';
  FakeWebNotification.answer = 'granted';
  FakeWebNotification.requestPermission.mockClear();
});

afterEach(() => window.localStorage.clear());

describe('browser reminders', () => {
  it('shows a due reminder as a web notification; a click focuses the tab and opens a new reflection', async () => {
    const h = harness();
    await h.reminders.reportLatestReflection(null);
    await h.reminders.upsert(reminder());
    const changed = vi.fn();
    h.reminders.onChanged(changed);
    await h.jumpTo(MONDAY_1730);
    expect(FakeWebNotification.instances.map((n) => n.title)).toEqual(['Any tough conversations today?']);
    expect(changed).toHaveBeenCalled();
    FakeWebNotification.instances[0]?.onclick?.(new Event('click'));
    expect(h.focusWindow).toHaveBeenCalledTimes(1);
    expect(h.navigate).toHaveBeenCalledExactlyOnceWith('/new');
    expect(FakeWebNotification.instances[0]?.closed).toBe(true);
  });

  it('keeps reminders in localStorage, and a reloaded page does not fire the same one again', async () => {
    const h = harness();
    await h.reminders.reportLatestReflection(null);
    await h.reminders.upsert(reminder());
    await h.jumpTo(MONDAY_1730);
    expect(JSON.parse(window.localStorage.getItem(REMINDERS_STORAGE_KEY) ?? '{}')).toMatchObject({
      reminders: [{ id: 'rhythm-1' }],
      fired: ['rhythm-1@2024-12-02T22:30:00.000Z'],
    });
    const reloaded = h.rebuild();
    await reloaded.reportLatestReflection(null);
    await reloaded.list();
    expect(FakeWebNotification.instances).toHaveLength(1);
    expect((await reloaded.list())[0]?.nextLabel).toBe('Next: Tue 3 Dec, 17:30');
  });

  it('shows a due reminder in the app when notifications are blocked', async () => {
    FakeWebNotification.permission = 'denied';
    const h = harness();
    const due = vi.fn();
    h.reminders.onDueInApp(due);
    await h.reminders.reportLatestReflection(null);
    await h.reminders.upsert(reminder());
    await h.jumpTo(MONDAY_1730);
    expect(FakeWebNotification.instances).toHaveLength(0);
    expect(due).toHaveBeenCalledTimes(1);
    const taken = await h.reminders.takeInApp();
    expect(taken.map((n) => n.items[0]?.reminderId)).toEqual(['rhythm-1']);
    await expect(h.reminders.takeInApp()).resolves.toEqual([]);
    await expect(h.reminders.status()).resolves.toMatchObject({
      notificationsSupported: true,
      permission: 'denied',
      lastDeliveryProblem: 'Notifications are blocked for this site.',
    });
  });

  it('asks for permission when a reminder is added, and for the test notification', async () => {
    FakeWebNotification.permission = 'default';
    const h = harness();
    await h.reminders.upsert(reminder());
    expect(FakeWebNotification.requestPermission).toHaveBeenCalledTimes(1);
    FakeWebNotification.permission = 'default';
    FakeWebNotification.answer = 'denied';
    await expect(h.reminders.sendTest()).resolves.toEqual({ outcome: 'denied' });
    FakeWebNotification.permission = 'default';
    FakeWebNotification.answer = 'granted';
    await expect(h.reminders.sendTest()).resolves.toEqual({ outcome: 'shown' });
    expect(FakeWebNotification.instances.map((n) => n.title)).toEqual(['Influence Journal']);
  });

  it('says so when the browser has no notifications at all', async () => {
    const h = harness(null);
    await expect(h.reminders.sendTest()).resolves.toEqual({ outcome: 'unsupported' });
    await expect(h.reminders.status()).resolves.toMatchObject({
      notificationsSupported: false,
      permission: 'unknown',
    });
  });

  it('moves unreadable saved reminders to another key and reports it', async () => {
    window.localStorage.setItem(REMINDERS_STORAGE_KEY, '{"version":2}');
    const h = harness();
    await expect(h.reminders.list()).resolves.toEqual([]);
    const status = await h.reminders.status();
    const movedTo = `${REMINDERS_STORAGE_KEY}:corrupt-2024-12-02T17:00:00.000Z`;
    expect(status.corruptFileMovedTo).toBe(movedTo);
    expect(window.localStorage.getItem(movedTo)).toBe('{"version":2}');
  });

  it('stays quiet when the page reported a reflection earlier that day', async () => {
    const h = harness();
    await h.reminders.reportLatestReflection('2024-12-02T15:00:00.000Z');
    await h.reminders.upsert(reminder({ quietIfReflected: 'day' }));
    await h.jumpTo(MONDAY_1730);
    expect(FakeWebNotification.instances).toHaveLength(0);
    await h.jumpTo('2024-12-03T22:30:00.000Z');
    expect(FakeWebNotification.instances).toHaveLength(1);
  });
});

/**
 * Web Locks between tabs, in memory: a lock goes to one holder at a time, in request order,
 * until the holder's callback settles or its tab closes.
 */
function createFakeTabLocks() {
  const holders = new Map<string, object>();
  const waiting = new Map<string, Array<{ tab: object; grant: () => void }>>();
  function grantNext(name: string): void {
    const next = waiting.get(name)?.shift();
    if (next === undefined) holders.delete(name);
    else next.grant();
  }
  function forTab() {
    const tab = {};
    const locks: TabLocks = {
      request<T>(
        name: string,
        optionsOrCallback: { ifAvailable: boolean } | ((lock: unknown) => Promise<T>),
        maybeCallback?: (lock: unknown) => Promise<T>,
      ): Promise<T> {
        const callback = typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback;
        if (callback === undefined) throw new Error('no callback');
        const ifAvailable = typeof optionsOrCallback === 'object' && optionsOrCallback.ifAvailable;
        if (holders.has(name) && ifAvailable) return callback(null);
        return new Promise<T>((resolve, reject) => {
          const grant = () => {
            holders.set(name, tab);
            callback({ name })
              .then(resolve, reject)
              .finally(() => {
                if (holders.get(name) === tab) grantNext(name);
              });
          };
          if (holders.has(name)) waiting.set(name, [...(waiting.get(name) ?? []), { tab, grant }]);
          else grant();
        });
      },
    } as TabLocks;
    return {
      locks,
      /** The tab goes away: its locks pass on, its queued requests are dropped. */
      close(): void {
        for (const [name, queue] of waiting)
          waiting.set(
            name,
            queue.filter((entry) => entry.tab !== tab),
          );
        for (const [name, holder] of [...holders]) if (holder === tab) grantNext(name);
      },
    };
  }
  return { forTab };
}

/** One tab's reminders on the shared fake clock, joining the other tabs through `locks`. */
function tabReminders(clock: FakeClock, timers: ReturnType<typeof createFakeTimers>, locks: TabLocks) {
  return createBrowserReminders({
    storage: () => window.localStorage,
    notificationApi: FakeWebNotification,
    focusWindow: vi.fn(),
    navigate: vi.fn(),
    now: clock.now,
    timers,
    localTimeZone: () => 'America/New_York',
    locks,
    storageEvents: undefined,
  });
}

describe('browser reminders across tabs', () => {
  function tabs() {
    const clock = createFakeClock(MONDAY_NOON);
    const lockManager = createFakeTabLocks();
    const open = () => {
      const tab = lockManager.forTab();
      const timers = createFakeTimers(clock);
      const reminders = tabReminders(clock, timers, tab.locks);
      return { reminders, timers, close: tab.close };
    };
    /** Runs every armed timer of the open tabs up to `iso`. */
    async function runTabsUntil(iso: string, open: Array<ReturnType<typeof createFakeTimers>>) {
      clock.set(iso);
      for (const timers of open) {
        while (timers.pendingCount() > 0) {
          const before = timers.armedDelays.length;
          await timers.fireNext();
          if (timers.armedDelays.length === before) break;
          if (clock.now() > Date.parse(iso)) break;
        }
      }
      await flushAsync();
    }
    return { clock, open, runTabsUntil };
  }

  it('runs one engine for two tabs, and the second takes over when the first closes', async () => {
    const t = tabs();
    const first = t.open();
    const second = t.open();
    await first.reminders.reportLatestReflection(null);
    await second.reminders.reportLatestReflection(null);
    await second.reminders.upsert(reminder());
    // Only the engine's tab arms timers; the other only edits.
    expect(first.timers.pendingCount()).toBe(1);
    expect(second.timers.pendingCount()).toBe(0);

    await t.runTabsUntil(MONDAY_1730, [first.timers, second.timers]);
    expect(FakeWebNotification.instances.map((n) => n.title)).toEqual(['Any tough conversations today?']);

    first.close();
    await flushAsync();
    expect(second.timers.pendingCount()).toBe(1);
    await t.runTabsUntil('2024-12-03T22:30:00.000Z', [second.timers]);
    expect(FakeWebNotification.instances).toHaveLength(2);
    expect(JSON.parse(window.localStorage.getItem(REMINDERS_STORAGE_KEY) ?? '{}').fired).toEqual([
      'rhythm-1@2024-12-02T22:30:00.000Z',
      'rhythm-1@2024-12-03T22:30:00.000Z',
    ]);
  });

  it('runs its own engine when the browser refuses the lock', async () => {
    const refusing: TabLocks = {
      request: vi.fn(async () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      }),
    } as unknown as TabLocks;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const clock = createFakeClock(MONDAY_NOON);
    const timers = createFakeTimers(clock);
    const reminders = tabReminders(clock, timers, refusing);
    await reminders.reportLatestReflection(null);
    expect(timers.pendingCount()).toBe(1);
    expect(errors).toHaveBeenCalledWith('Reminders could not join the other tabs', expect.any(DOMException));
    errors.mockRestore();
  });
});
