import { deviceTimeZone, isoInstant, MINUTE_MS, SECOND_MS } from '../domain/localDateTime';
import { collapseMissed } from './collapseMissed';
import type { DueNotification } from './collapseMissed';
import { collectDue } from './collectDue';
import { dropAlreadyReflected } from './dropAlreadyReflected';
import type { HasReflectedSince } from './dropAlreadyReflected';
import { nextFireAt, nextWakeAt } from './nextWakeAt';
import { firedAtOf } from './pastReminder';
import { isInQuietHours } from './quietHours';
import { recordEvaluation } from './recordEvaluation';
import {
  copyReminder,
  removeReminder,
  updateReminder,
  upsertReminder,
  withoutSnooze,
} from './reminderMutations';
import { parseQuietHours, parseReminder, parseRemindersState } from './reminderSchema';
import type { QuietHours, Reminder, RemindersState } from './reminderSchema';
import { SNOOZE_OPTIONS, snoozeUntil } from './snoozeUntil';
import type { SnoozeOption } from './snoozeUntil';

export type EvaluationReason = 'tick' | 'resume' | 'unlock' | 'start' | 'change';

export interface RemindersStore {
  load(): Promise<RemindersState>;
  save(state: RemindersState): Promise<void>;
}

export interface ReminderNotifier {
  /** Resolves false when the notification could not be shown. */
  show(notification: DueNotification): Promise<boolean>;
}

export interface ReminderTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ReminderEngineDeps {
  now(): number;
  store: RemindersStore;
  notifier: ReminderNotifier;
  timers: ReminderTimers;
  hasReflectedSince?: HasReflectedSince;
  /** Called when the notifier could not show a notification, so the app can show it in a banner. */
  onUndelivered?(notification: DueNotification): void;
  /** Called with failures of timer-driven work, which has no caller to reject to. */
  onError?(error: unknown): void;
  /** The device zone quiet hours are read in; defaults to the runtime's zone. */
  localTimeZone?(): string;
  /** Longest timer the engine arms; capped at MAX_TICK_MS. */
  maxTickMs?: number;
  /**
   * Runs each task with the store to itself when other writers share it (browser tabs). The
   * engine then reads the store afresh inside every task instead of trusting what it last saved.
   */
  exclusive?<T>(task: () => Promise<T>): Promise<T>;
}

export interface ReminderListEntry {
  reminder: Reminder;
  /** ISO instant the reminder will next fire, or null if it will not. */
  next: string | null;
  /** For a one-off that has happened: when it fired (see firedAtOf); null otherwise. */
  firedAt: string | null;
}

export interface ReminderEngine {
  start(): Promise<void>;
  stop(): void;
  evaluate(reason: EvaluationReason): Promise<DueNotification | null>;
  notifyResume(): Promise<DueNotification | null>;
  notifyUnlock(): Promise<DueNotification | null>;
  upsert(input: unknown): Promise<Reminder>;
  remove(id: string): Promise<void>;
  setPaused(id: string, paused: boolean): Promise<Reminder>;
  snooze(id: string, option: SnoozeOption): Promise<Reminder>;
  markDone(id: string): Promise<Reminder>;
  setQuietHours(input: unknown): Promise<QuietHours>;
  getQuietHours(): Promise<QuietHours>;
  list(): Promise<ReminderListEntry[]>;
}

/** Long timers fire early past 2^31-1 ms and stretch across sleep, so no timer outlives a minute. */
export const MAX_TICK_MS = MINUTE_MS;
const MIN_TICK_MS = SECOND_MS;

/** recordEvaluation returns the same reminder objects when it clears no snooze. */
function sameReminders(before: RemindersState, after: RemindersState): boolean {
  return after.reminders.every((reminder, index) => reminder === before.reminders[index]);
}

export function createReminderEngine(deps: ReminderEngineDeps): ReminderEngine {
  const requestedTick = deps.maxTickMs ?? MAX_TICK_MS;
  const maxTickMs = Number.isFinite(requestedTick)
    ? Math.min(MAX_TICK_MS, Math.max(MIN_TICK_MS, requestedTick))
    : MAX_TICK_MS;
  const quietZone = deps.localTimeZone ?? deviceTimeZone;
  const reportError = (error: unknown) => deps.onError?.(error);
  let isRunning = false;
  let armed: { handle: unknown } | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  // Unless `exclusive` says others write too, the engine is the store's only writer, so after the
  // first load it works from what it last saved.
  let knownState: RemindersState | null = null;

  /** Runs tasks one at a time, so a tick and a resume in the same millisecond see each other's save. */
  function serialized<T>(task: () => Promise<T>): Promise<T> {
    const { exclusive } = deps;
    const guarded =
      exclusive === undefined
        ? task
        : () =>
            exclusive(() => {
              knownState = null;
              return task();
            });
    const run = queue.then(guarded, guarded);
    queue = run.catch(() => undefined);
    return run;
  }

  async function loadState(): Promise<RemindersState> {
    // The store is a boundary (a file, IndexedDB): trust nothing it returns.
    knownState ??= parseRemindersState(await deps.store.load());
    return knownState;
  }

  async function saveState(state: RemindersState): Promise<void> {
    // If a save fails we no longer know what is on disk; read it again next time.
    knownState = null;
    await deps.store.save(state);
    knownState = state;
  }

  /**
   * Moves the window to now before a change when nothing is due, as a tick would have. A store
   * read afresh (another tab wrote it) may carry an old window, and an edited time or an
   * unpaused reminder must not fire for the stretch before the change.
   */
  function catchUpIdle(state: RemindersState, nowMs: number): RemindersState {
    if (isInQuietHours(state.quietHours, nowMs, quietZone())) return state;
    return collectDue(state, nowMs).length === 0 ? recordEvaluation(state, [], nowMs) : state;
  }

  function disarm(): void {
    if (armed !== null) deps.timers.clearTimeout(armed.handle);
    armed = null;
  }

  /** Re-arms one capped timer towards the next thing that could fire; `null` state means "retry later". */
  function arm(state: RemindersState | null): void {
    if (!isRunning) return;
    disarm();
    const now = deps.now();
    const wake = state === null ? null : nextWakeAt(state, now, quietZone());
    // Something already due but held back (a failed save, say) is retried soon, not in a hot loop.
    const untilWake = wake === null ? maxTickMs : wake > now ? wake - now : MIN_TICK_MS;
    const delay = Math.min(untilWake, maxTickMs);
    const handle = deps.timers.setTimeout(() => {
      armed = null;
      evaluate('tick').catch(reportError);
    }, delay);
    armed = { handle };
  }

  async function evaluateAndRecord(): Promise<{
    state: RemindersState;
    notification: DueNotification | null;
  }> {
    const state = await loadState();
    const now = deps.now();
    // Nothing is recorded inside quiet hours, so what fell due stays in the window until they end.
    if (isInQuietHours(state.quietHours, now, quietZone())) return { state, notification: null };
    const due = collectDue(state, now);
    if (due.length === 0) {
      // An idle tick changes nothing worth a write (about 1,440 a day otherwise): the moved
      // window stays in memory and goes to the store with the next real change.
      const next = recordEvaluation(state, due, now);
      if (sameReminders(state, next)) knownState = next;
      else await saveState(next);
      return { state: next, notification: null };
    }
    const toShow = await dropAlreadyReflected(due, deps.hasReflectedSince);
    const next = recordEvaluation(state, due, now);
    // At most once: the fired keys are on disk before anything is shown.
    await saveState(next);
    return { state: next, notification: collapseMissed(toShow) };
  }

  async function deliver(notification: DueNotification): Promise<void> {
    let wasShown = false;
    try {
      wasShown = await deps.notifier.show(notification);
    } catch (error) {
      reportError(error);
    }
    if (!wasShown) deps.onUndelivered?.(notification);
  }

  async function evaluate(_reason: EvaluationReason): Promise<DueNotification | null> {
    // Every reason recomputes the same way from stored instants; the reason only documents the caller.
    const notification = await serialized(async () => {
      try {
        const result = await evaluateAndRecord();
        arm(result.state);
        return result.notification;
      } catch (error) {
        arm(null);
        throw error;
      }
    });
    // Shown outside the queue, so a notifier that hangs cannot hold up ticks or edits.
    if (notification !== null) await deliver(notification);
    return notification;
  }

  function mutate<T>(change: (state: RemindersState, nowMs: number) => { state: RemindersState; result: T }) {
    return serialized(async () => {
      const nowMs = deps.now();
      const { state, result } = change(catchUpIdle(await loadState(), nowMs), nowMs);
      const validated = parseRemindersState(state);
      await saveState(validated);
      arm(validated);
      return result;
    });
  }

  function mutateReminder(id: string, change: (reminder: Reminder, nowMs: number) => Reminder) {
    return mutate((state, nowMs) => {
      const updated = updateReminder(state, id, (reminder) => change(reminder, nowMs));
      return { state: updated.state, result: copyReminder(updated.reminder) };
    });
  }

  return {
    async start() {
      isRunning = true;
      await evaluate('start');
    },
    stop() {
      isRunning = false;
      disarm();
    },
    evaluate,
    notifyResume: () => evaluate('resume'),
    notifyUnlock: () => evaluate('unlock'),
    async upsert(input) {
      const reminder = parseReminder(input);
      return mutate((state) => ({ state: upsertReminder(state, reminder), result: copyReminder(reminder) }));
    },
    remove: (id) => mutate((state) => ({ state: removeReminder(state, id), result: undefined })),
    setPaused: (id, paused) => mutateReminder(id, (reminder) => ({ ...reminder, paused })),
    async snooze(id, option) {
      if (!SNOOZE_OPTIONS.includes(option))
        throw new Error(`Snooze option must be one of ${SNOOZE_OPTIONS.join(', ')}`);
      return mutateReminder(id, (reminder, nowMs) => ({
        ...reminder,
        snoozedUntil: new Date(snoozeUntil(option, nowMs, reminder.timeZone)).toISOString(),
      }));
    },
    markDone: (id) => mutateReminder(id, (reminder) => ({ ...withoutSnooze(reminder), done: true })),
    async setQuietHours(input) {
      const quietHours = parseQuietHours(input);
      return mutate((state) => ({ state: { ...state, quietHours }, result: { ...quietHours } }));
    },
    getQuietHours: () => serialized(async () => ({ ...(await loadState()).quietHours })),
    list: () =>
      serialized(async () => {
        const state = await loadState();
        const now = deps.now();
        return state.reminders.map((reminder) => {
          const next = nextFireAt(reminder, state.quietHours, now, quietZone());
          return {
            reminder: copyReminder(reminder),
            next: next === null ? null : isoInstant(next),
            firedAt: firedAtOf(reminder, state.fired, next, now),
          };
        });
      }),
  };
}
