import type { EventChannel } from '../../shared/ipc/channels';
import type { AppRoute, EventPayload } from '../../shared/ipc/contract';
import type { RemindersStatus } from '../../shared/ipc/remindersContract';
import { routeForNotification } from '../../shared/ipc/reminderRoutes';
import type { ReminderTimers } from '../../shared/reminders/reminderEngine';
import { createReminderRuntime } from '../../shared/reminders/reminderRuntime';
import type { IpcHandlers } from '../ipc/registerIpcHandlers';
import { createNotificationPresenter, type NotificationClass } from './notificationPresenter';
import { createRemindersFileStore } from './remindersFileStore';

/** What the reminders need from the window, without knowing about BrowserWindow. */
export interface ReminderWindow {
  /** Brings the app to the front (opening a window if none) on `route`. */
  focusOn(route: AppRoute): void;
  /** Puts a window on screen without taking focus, so an in-app banner can be seen. */
  reveal(): void;
  send<C extends EventChannel>(channel: C, payload: EventPayload<C>): void;
}

export interface PowerMonitorLike {
  on(event: 'resume' | 'unlock-screen', listener: () => void): unknown;
}

export interface ReminderServiceDeps {
  filesDir: string;
  platform: NodeJS.Platform;
  Notification: NotificationClass;
  powerMonitor: PowerMonitorLike;
  window: ReminderWindow;
  /** The page's latest reflection, as last reported (main cannot read the journal itself). */
  latestReflectionAt(): string | null;
  recordLatestReflection(latestReflectionAt: string | null): Promise<boolean>;
  log: (message: string, detail?: unknown) => void;
  now?: () => number;
  timers?: ReminderTimers;
  localTimeZone?: () => string;
}

type ReminderChannel = Extract<keyof IpcHandlers, `reminders:${string}`>;
export type ReminderHandlers = Pick<IpcHandlers, ReminderChannel>;

/**
 * Reminders in the main process: the shared runtime over reminders.json and system
 * notifications, with checks at start, on resume and on unlock, so they fire with the window
 * closed. Only the transport (IPC handlers, window events) is this file's own.
 */
export function createReminderService(deps: ReminderServiceDeps) {
  const { window, log } = deps;
  const now = deps.now ?? Date.now;
  const timers: ReminderTimers = deps.timers ?? {
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
  const files = createRemindersFileStore(deps.filesDir, log, () => new Date(now()));

  const presenter = createNotificationPresenter({
    Notification: deps.Notification,
    platform: deps.platform,
    timers,
    onClick: (notification) => window.focusOn(routeForNotification(notification)),
    onSnooze: (notification, option) => void runtime.snoozeAll(notification, option),
    onLateFailure: (notification) => runtime.queueInApp(notification),
  });

  const runtime = createReminderRuntime({
    now,
    store: files.store,
    timers,
    notifier: presenter,
    hasReflectedSince: async (since) => {
      const latest = deps.latestReflectionAt();
      return latest !== null && Date.parse(latest) >= since;
    },
    onChanged: () => window.send('reminders:changed', {}),
    onQueuedInApp: (notification) => {
      window.send('reminders:due-in-app', notification);
      window.reveal();
    },
    log,
    ...(deps.localTimeZone ? { localTimeZone: deps.localTimeZone } : {}),
  });
  const { engine } = runtime;

  const check = (run: () => Promise<unknown>, what: string) => () => {
    run().catch((error: unknown) => log(`The reminder check on ${what} failed`, error));
  };

  const handlers: ReminderHandlers = {
    'reminders:list': async () => ({ reminders: await runtime.list() }),
    'reminders:upsert': async ({ reminder }) => ({ reminder: await runtime.upsert(reminder) }),
    'reminders:remove': async ({ id }) => {
      await runtime.remove(id);
      return { removed: true as const };
    },
    'reminders:set-paused': async ({ id, paused }) => ({ reminder: await runtime.setPaused(id, paused) }),
    'reminders:snooze': async ({ id, option }) => ({ reminder: await runtime.snooze(id, option) }),
    'reminders:done': async ({ id }) => ({ reminder: await runtime.done(id) }),
    'reminders:get-quiet-hours': () => runtime.getQuietHours(),
    'reminders:set-quiet-hours': ({ quietHours }) => runtime.setQuietHours(quietHours),
    'reminders:send-test': () => presenter.showTest(),
    'reminders:status': () => status(),
    'reminders:take-in-app': () => ({ notifications: runtime.takeInApp() }),
    'reminders:reflection-saved': async ({ latestReflectionAt }) => ({
      recorded: await deps.recordLatestReflection(latestReflectionAt),
    }),
  };

  function status(): RemindersStatus {
    const moved = files.corruptFileMovedTo();
    return {
      notificationsSupported: presenter.isSupported(),
      // Electron cannot ask the system whether notifications are allowed; failures show up instead.
      permission: 'unknown',
      lastDeliveryProblem: presenter.lastProblem(),
      ...(moved === undefined ? {} : { corruptFileMovedTo: moved }),
    };
  }

  let started = false;
  return {
    handlers,
    engine,
    presenter,
    /** Registers the wake-up checks once and runs the first evaluation. */
    async start(): Promise<void> {
      if (!started) {
        started = true;
        deps.powerMonitor.on(
          'resume',
          check(() => engine.notifyResume(), 'resume'),
        );
        deps.powerMonitor.on(
          'unlock-screen',
          check(() => engine.notifyUnlock(), 'unlock'),
        );
      }
      try {
        await engine.start();
      } catch (error) {
        // The engine has already armed a retry; a failed first read must not stop the app.
        log('The first reminder check failed', error);
      }
    },
    stop: () => engine.stop(),
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
