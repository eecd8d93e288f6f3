import type { AppRoute } from '../../shared/ipc/contract';
import { routeForNotification } from '../../shared/ipc/reminderRoutes';
import type { ReminderTimers } from '../../shared/reminders/reminderEngine';
import { createReminderRuntime } from '../../shared/reminders/reminderRuntime';
import type { DueNotification } from '../../shared/reminders/collapseMissed';
import { REMINDERS_STORAGE_KEY, createBrowserReminderStore } from './browserReminderStore';
import type { RemindersPlatform } from './JournalPlatform';
import { createWebNotifier, type WebNotificationApi } from './webNotifier';

/** The part of the Web Locks API (`navigator.locks`) the tabs elect their reminder engine with. */
export interface TabLocks {
  request<T>(name: string, callback: (lock: unknown) => Promise<T>): Promise<T>;
  request<T>(
    name: string,
    options: { ifAvailable: boolean },
    callback: (lock: unknown) => Promise<T>,
  ): Promise<T>;
}

/** Where another tab's writes to localStorage are heard (`window`). */
export interface StorageEvents {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

export interface BrowserRemindersDeps {
  /** Read when first needed: localStorage can throw in a locked-down page. */
  storage: () => Storage;
  notificationApi: WebNotificationApi | undefined;
  focusWindow(): void;
  navigate(route: AppRoute): void;
  now?: () => number;
  timers?: ReminderTimers;
  localTimeZone?: () => string;
  /** How long a check waits for the page's first report of its latest reflection. */
  reflectionReportWaitMs?: number;
  /** Defaults to `navigator.locks`; without it every tab runs its own engine, as before. */
  locks?: TabLocks | undefined;
  /** Defaults to `window`. */
  storageEvents?: StorageEvents | undefined;
}

const DEFAULT_REPORT_WAIT_MS = 5_000;
/** Held for its whole life by the one tab that runs the engine; the next in line takes over. */
export const ENGINE_LOCK = 'influence-journal:reminder-engine';
/** Held for each read-modify-write of the reminders key, by whichever tab makes it. */
export const STATE_LOCK = 'influence-journal:reminders-state';

const defaultLocks = (): TabLocks | undefined =>
  typeof navigator === 'undefined' ? undefined : (navigator.locks as TabLocks | undefined);
const defaultStorageEvents = (): StorageEvents | undefined =>
  typeof window === 'undefined' ? undefined : window;

/**
 * Reminders in a browser tab: the shared runtime over localStorage and web notifications. They
 * fire only while a page is open, and only in one: the tab that holds ENGINE_LOCK runs the
 * engine; every tab can edit, one write at a time under STATE_LOCK.
 */
export function createBrowserReminders(deps: BrowserRemindersDeps): RemindersPlatform {
  const now = deps.now ?? Date.now;
  const timers: ReminderTimers = deps.timers ?? {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
  const locks = 'locks' in deps ? deps.locks : defaultLocks();
  const storageEvents = 'storageEvents' in deps ? deps.storageEvents : defaultStorageEvents();
  const changedListeners = new Set<() => void>();
  const dueListeners = new Set<(notification: DueNotification) => void>();
  const files = createBrowserReminderStore(deps.storage, now);

  let latestReflectionAt: string | null = null;
  let markReported = (): void => undefined;
  const firstReport = new Promise<void>((resolve) => {
    markReported = resolve;
  });

  const changed = () => changedListeners.forEach((listener) => listener());

  const notifier = createWebNotifier({
    api: deps.notificationApi,
    onClick: (notification) => {
      deps.focusWindow();
      deps.navigate(notification === null ? '/reminders' : routeForNotification(notification));
    },
    onLateFailure: (notification) => runtime.queueInApp(notification),
    setTimeout: timers.setTimeout,
    clearTimeout: timers.clearTimeout,
  });

  /** Waits (briefly) for the page's first report, so a check at start-up does not miss today's entry. */
  async function waitForFirstReport(): Promise<void> {
    let handle: unknown = null;
    const timeout = new Promise<void>((resolve) => {
      handle = timers.setTimeout(resolve, deps.reflectionReportWaitMs ?? DEFAULT_REPORT_WAIT_MS);
    });
    await Promise.race([firstReport, timeout]);
    timers.clearTimeout(handle);
  }

  const runtime = createReminderRuntime({
    now,
    store: files.store,
    timers,
    notifier,
    hasReflectedSince: async (since) => {
      await waitForFirstReport();
      return latestReflectionAt !== null && Date.parse(latestReflectionAt) >= since;
    },
    onChanged: changed,
    onQueuedInApp: (notification) => dueListeners.forEach((listener) => listener(notification)),
    log: (message, error) => console.error(message, error),
    ...(deps.localTimeZone ? { localTimeZone: deps.localTimeZone } : {}),
    ...(locks ? { exclusive: <T>(task: () => Promise<T>) => withStateLock(task) } : {}),
  });

  let stateLocks = locks;
  /** One tab's write at a time; if the browser refuses the lock, this tab carries on alone. */
  function withStateLock<T>(task: () => Promise<T>): Promise<T> {
    return stateLocks === undefined ? task() : stateLocks.request(STATE_LOCK, () => task());
  }

  // Another tab saved (an edit, a firing): this tab's list is stale.
  storageEvents?.addEventListener('storage', (event) => {
    if (event.key === REMINDERS_STORAGE_KEY) changed();
  });

  let isRunning = false;
  async function runEngine(): Promise<void> {
    if (isRunning) return;
    isRunning = true;
    await runtime.engine.start().catch((error: unknown) => console.error('Reminders could not start', error));
  }

  /**
   * Resolves once this tab either runs the engine or knows another tab does. The lock is held
   * until the tab closes; a waiting tab is then granted it and starts its own engine.
   */
  function joinTabs(): Promise<void> {
    if (locks === undefined) return runEngine();
    const holdUntilClosed = () => new Promise<never>(() => undefined);
    return new Promise<void>((ready) => {
      locks
        .request(ENGINE_LOCK, { ifAvailable: true }, async (lock) => {
          if (lock === null) {
            ready();
            await locks.request(ENGINE_LOCK, async () => {
              await runEngine();
              changed();
              return holdUntilClosed();
            });
            return;
          }
          await runEngine();
          ready();
          return holdUntilClosed();
        })
        .catch((error: unknown) => {
          // Without the election this tab runs its own engine: a reminder twice beats none.
          console.error('Reminders could not join the other tabs', error);
          stateLocks = undefined;
          void runEngine().then(ready);
        });
    });
  }

  // Joined by the first call, which the app shell makes as soon as it mounts.
  let joined: Promise<void> | null = null;
  const ensureJoined = () => (joined ??= joinTabs());

  async function afterJoin<T>(work: () => Promise<T>): Promise<T> {
    await ensureJoined();
    return work();
  }

  return {
    list: () => afterJoin(() => runtime.list()),
    async upsert(reminder) {
      // Asked here, inside the person's click, which browsers require for the prompt.
      // Not awaited: a prompt the person ignores must not hold up saving the reminder.
      void notifier.requestPermission().then(changed);
      return afterJoin(() => runtime.upsert(reminder));
    },
    remove: (id) => afterJoin(() => runtime.remove(id)),
    setPaused: (id, paused) => afterJoin(() => runtime.setPaused(id, paused)),
    snooze: (id, option) => afterJoin(() => runtime.snooze(id, option)),
    done: (id) => afterJoin(() => runtime.done(id)),
    getQuietHours: () => afterJoin(() => runtime.getQuietHours()),
    setQuietHours: (quietHours) => afterJoin(() => runtime.setQuietHours(quietHours)),
    sendTest: () => notifier.showTest(),
    async status() {
      await ensureJoined();
      const permission = notifier.permission();
      const moved = files.corruptMovedTo();
      return {
        notificationsSupported: permission !== 'unsupported',
        permission: permission === 'unsupported' ? 'unknown' : permission,
        lastDeliveryProblem: notifier.lastProblem(),
        ...(moved === undefined ? {} : { corruptFileMovedTo: moved }),
      };
    },
    takeInApp: async () => runtime.takeInApp(),
    async reportLatestReflection(value) {
      latestReflectionAt = value;
      markReported();
      await ensureJoined();
    },
    onChanged(listener) {
      changedListeners.add(listener);
      return () => changedListeners.delete(listener);
    },
    onDueInApp(listener) {
      dueListeners.add(listener);
      return () => dueListeners.delete(listener);
    },
  };
}
