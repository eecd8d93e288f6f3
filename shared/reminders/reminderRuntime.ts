import { IN_APP_QUEUE_LIMIT, type ReminderView } from '../ipc/remindersContract';
import { toReminderViews } from '../ipc/reminderViews';
import type { DueNotification } from './collapseMissed';
import type { HasReflectedSince } from './dropAlreadyReflected';
import {
  createReminderEngine,
  type ReminderEngine,
  type ReminderNotifier,
  type ReminderTimers,
  type RemindersStore,
} from './reminderEngine';
import type { QuietHours, Reminder } from './reminderSchema';
import type { SnoozeOption } from './snoozeUntil';

export interface ReminderRuntimeDeps {
  now(): number;
  store: RemindersStore;
  timers: ReminderTimers;
  /** The system's (or the browser's) notifications; resolves false when one could not be shown. */
  notifier: ReminderNotifier;
  hasReflectedSince?: HasReflectedSince;
  /** The page's list is stale: an edit, a firing or a snooze from a notification. */
  onChanged(): void;
  /** A due reminder was queued for the in-app banner. */
  onQueuedInApp(notification: DueNotification): void;
  log(message: string, error: unknown): void;
  localTimeZone?: () => string;
  /** Runs each read-modify-write with the store to itself (another tab may write it too). */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

/**
 * The one wiring of engine, store, notifier and in-app queue. The desktop service and the
 * browser platform each build one with their own store, notifier and clock, and only map
 * their transport (IPC handlers, the platform interface) onto it.
 */
export function createReminderRuntime(deps: ReminderRuntimeDeps) {
  const inApp: DueNotification[] = [];

  function queueInApp(notification: DueNotification): void {
    inApp.push(notification);
    if (inApp.length > IN_APP_QUEUE_LIMIT) inApp.shift();
    deps.onQueuedInApp(notification);
  }

  const engine: ReminderEngine = createReminderEngine({
    now: deps.now,
    store: deps.store,
    timers: deps.timers,
    notifier: {
      show(notification) {
        // The engine saved the fired occurrence before calling us: the page's list is stale now.
        deps.onChanged();
        return deps.notifier.show(notification);
      },
    },
    ...(deps.hasReflectedSince ? { hasReflectedSince: deps.hasReflectedSince } : {}),
    onUndelivered: queueInApp,
    onError: (error) => deps.log('A reminder check failed', error),
    ...(deps.localTimeZone ? { localTimeZone: deps.localTimeZone } : {}),
    ...(deps.exclusive ? { exclusive: deps.exclusive } : {}),
  });

  async function thenChanged<T>(work: Promise<T>): Promise<T> {
    const result = await work;
    deps.onChanged();
    return result;
  }

  return {
    engine,
    /** A notification that failed after it was handed over (a late `failed` event). */
    queueInApp,
    /** Hands the queued notifications over once. */
    takeInApp: (): DueNotification[] => inApp.splice(0),
    list: async (): Promise<ReminderView[]> => toReminderViews(await engine.list()),
    upsert: (reminder: unknown): Promise<Reminder> => thenChanged(engine.upsert(reminder)),
    remove: (id: string): Promise<void> => thenChanged(engine.remove(id)),
    setPaused: (id: string, paused: boolean) => thenChanged(engine.setPaused(id, paused)),
    snooze: (id: string, option: SnoozeOption) => thenChanged(engine.snooze(id, option)),
    done: (id: string) => thenChanged(engine.markDone(id)),
    getQuietHours: (): Promise<QuietHours> => engine.getQuietHours(),
    setQuietHours: (quietHours: unknown) => thenChanged(engine.setQuietHours(quietHours)),
    /** Snooze buttons on a notification: every reminder folded into it, each on its own. */
    async snoozeAll(notification: DueNotification, option: SnoozeOption): Promise<void> {
      for (const item of notification.items) {
        try {
          await engine.snooze(item.reminderId, option);
        } catch (error) {
          deps.log(`Could not snooze reminder ${item.reminderId}`, error);
        }
      }
      deps.onChanged();
    },
  };
}

export type ReminderRuntime = ReturnType<typeof createReminderRuntime>;
