import type { AppRoute } from '../../shared/ipc/contract';
import { IN_APP_QUEUE_LIMIT } from '../../shared/ipc/remindersContract';
import { routeForNotification } from '../../shared/ipc/reminderRoutes';
import { toReminderViews } from '../../shared/ipc/reminderViews';
import type { DueNotification } from '../../shared/reminders/collapseMissed';
import { createReminderEngine, type ReminderTimers } from '../../shared/reminders/reminderEngine';
import { createBrowserReminderStore } from './browserReminderStore';
import type { RemindersPlatform } from './JournalPlatform';
import { createWebNotifier, type WebNotificationApi } from './webNotifier';

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
}

const DEFAULT_REPORT_WAIT_MS = 5_000;

/**
 * Reminders in a browser tab: the same engine as the desktop app, over localStorage and web
 * notifications. They fire only while the page is open.
 */
export function createBrowserReminders(deps: BrowserRemindersDeps): RemindersPlatform {
  const now = deps.now ?? Date.now;
  const timers: ReminderTimers = deps.timers ?? {
    setTimeout: (fn, ms) => window.setTimeout(fn, ms),
    clearTimeout: (handle) => window.clearTimeout(handle as number),
  };
  const changedListeners = new Set<() => void>();
  const dueListeners = new Set<(notification: DueNotification) => void>();
  const inApp: DueNotification[] = [];
  const files = createBrowserReminderStore(deps.storage, now);

  let latestReflectionAt: string | null = null;
  let markReported = (): void => undefined;
  const firstReport = new Promise<void>((resolve) => {
    markReported = resolve;
  });

  const changed = () => changedListeners.forEach((listener) => listener());

  function showInApp(notification: DueNotification): void {
    inApp.push(notification);
    if (inApp.length > IN_APP_QUEUE_LIMIT) inApp.shift();
    dueListeners.forEach((listener) => listener(notification));
  }

  const notifier = createWebNotifier({
    api: deps.notificationApi,
    onClick: (notification) => {
      deps.focusWindow();
      deps.navigate(notification === null ? '/reminders' : routeForNotification(notification));
    },
    onLateFailure: showInApp,
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

  const engine = createReminderEngine({
    now,
    store: files.store,
    timers,
    notifier: {
      show(notification) {
        changed();
        return notifier.show(notification);
      },
    },
    hasReflectedSince: async (since) => {
      await waitForFirstReport();
      return latestReflectionAt !== null && Date.parse(latestReflectionAt) >= since;
    },
    onUndelivered: showInApp,
    onError: (error) => console.error('A reminder check failed', error),
    ...(deps.localTimeZone ? { localTimeZone: deps.localTimeZone } : {}),
  });

  // Started by the first call, which the app shell makes as soon as it mounts.
  let started: Promise<void> | null = null;
  const ensureStarted = () => {
    started ??= engine.start().catch((error: unknown) => console.error('Reminders could not start', error));
    return started;
  };

  async function afterStart<T>(work: () => Promise<T>, notify = false): Promise<T> {
    await ensureStarted();
    const result = await work();
    if (notify) changed();
    return result;
  }

  return {
    list: () => afterStart(async () => toReminderViews(await engine.list())),
    async upsert(reminder) {
      // Asked here, inside the person's click, which browsers require for the prompt.
      // Not awaited: a prompt the person ignores must not hold up saving the reminder.
      void notifier.requestPermission().then(changed);
      return afterStart(() => engine.upsert(reminder), true);
    },
    remove: (id) => afterStart(() => engine.remove(id), true),
    setPaused: (id, paused) => afterStart(() => engine.setPaused(id, paused), true),
    snooze: (id, option) => afterStart(() => engine.snooze(id, option), true),
    done: (id) => afterStart(() => engine.markDone(id), true),
    getQuietHours: () => afterStart(() => engine.getQuietHours()),
    setQuietHours: (quietHours) => afterStart(() => engine.setQuietHours(quietHours), true),
    sendTest: () => notifier.showTest(),
    async status() {
      await ensureStarted();
      const permission = notifier.permission();
      const moved = files.corruptMovedTo();
      return {
        notificationsSupported: permission !== 'unsupported',
        permission: permission === 'unsupported' ? 'unknown' : permission,
        lastDeliveryProblem: notifier.lastProblem(),
        ...(moved === undefined ? {} : { corruptFileMovedTo: moved }),
      };
    },
    takeInApp: async () => inApp.splice(0),
    async reportLatestReflection(value) {
      latestReflectionAt = value;
      markReported();
      await ensureStarted();
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
