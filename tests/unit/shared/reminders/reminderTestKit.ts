import type { DueNotification } from '../../../../shared/reminders/collapseMissed';
import { createReminderEngine } from '../../../../shared/reminders/reminderEngine';
import type { ReminderEngine, ReminderEngineDeps } from '../../../../shared/reminders/reminderEngine';
import { emptyRemindersState, parseRemindersState } from '../../../../shared/reminders/reminderSchema';
import type { Reminder, RemindersState } from '../../../../shared/reminders/reminderSchema';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

// Mon 2 Dec 2024 in New York (EST, UTC-5 all day): noon local is 17:00Z, 17:30 local is 22:30Z.
export const MONDAY_NOON = '2024-12-02T17:00:00.000Z';
export const MONDAY_1730 = '2024-12-02T22:30:00.000Z';

export function createFakeClock(startIso: string) {
  let nowMs = Date.parse(startIso);
  return {
    now: () => nowMs,
    set: (iso: string) => {
      nowMs = Date.parse(iso);
    },
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}
export type FakeClock = ReturnType<typeof createFakeClock>;

/** Lets every pending promise callback run; the in-memory fakes never wait on real time. */
export function flushAsync(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Timers that never fire on their own and record every delay the engine arms. */
export function createFakeTimers(clock: FakeClock) {
  const pending = new Map<number, { fn: () => void; at: number }>();
  const armedDelays: number[] = [];
  let nextHandle = 1;
  return {
    armedDelays,
    pendingCount: () => pending.size,
    setTimeout(fn: () => void, ms: number): unknown {
      armedDelays.push(ms);
      const handle = nextHandle++;
      pending.set(handle, { fn, at: clock.now() + ms });
      return handle;
    },
    clearTimeout(handle: unknown): void {
      if (typeof handle === 'number') pending.delete(handle);
    },
    /** Moves the clock to the earliest timer (never backwards), runs it and lets its work finish. */
    async fireNext(): Promise<boolean> {
      const [earliest] = [...pending.entries()].sort((a, b) => a[1].at - b[1].at);
      if (earliest === undefined) return false;
      const [handle, timer] = earliest;
      pending.delete(handle);
      if (timer.at > clock.now()) clock.advance(timer.at - clock.now());
      timer.fn();
      await flushAsync();
      return true;
    },
  };
}

/** A store that keeps only JSON, like the real file, and parses it back through the schema on load. */
export function createJsonStore(initial: RemindersState = emptyRemindersState()) {
  let json = JSON.stringify(initial);
  let saveCount = 0;
  return {
    load: async () => parseRemindersState(JSON.parse(json)),
    save: async (state: RemindersState) => {
      json = JSON.stringify(state);
      saveCount += 1;
    },
    json: () => json,
    saved: (): RemindersState => parseRemindersState(JSON.parse(json)),
    saveCount: () => saveCount,
  };
}
export type JsonStore = ReturnType<typeof createJsonStore>;

export function createRecordingNotifier(canShow = true) {
  const shown: DueNotification[] = [];
  let beforeShow: (notification: DueNotification) => void = () => undefined;
  return {
    shown,
    /** Runs inside show(), e.g. to look at what the store held at that moment. */
    setBeforeShow(check: (notification: DueNotification) => void): void {
      beforeShow = check;
    },
    async show(notification: DueNotification): Promise<boolean> {
      beforeShow(notification);
      shown.push(notification);
      return canShow;
    },
  };
}

export function makeReminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: 'rhythm-1',
    kind: 'rhythm',
    title: 'Any tough conversations today?',
    schedule: { type: 'daily', time: '17:30' },
    timeZone: 'America/New_York',
    paused: false,
    quietIfReflected: 'none',
    done: false,
    createdAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function stateWith(reminders: Reminder[], overrides: Partial<RemindersState> = {}): RemindersState {
  return { ...emptyRemindersState(), reminders, ...overrides };
}

interface HarnessOptions {
  now: string;
  state?: RemindersState;
  canShow?: boolean;
  deps?: Partial<ReminderEngineDeps>;
}

/** An engine over fakes; `restart()` builds a fresh engine over the same saved JSON. */
export function createHarness(options: HarnessOptions) {
  const clock = createFakeClock(options.now);
  const timers = createFakeTimers(clock);
  const store = createJsonStore(options.state);
  const notifier = createRecordingNotifier(options.canShow ?? true);
  const undelivered: DueNotification[] = [];
  const errors: unknown[] = [];
  const build = (): ReminderEngine =>
    createReminderEngine({
      now: clock.now,
      store,
      notifier,
      timers,
      localTimeZone: () => 'America/New_York',
      onUndelivered: (notification) => undelivered.push(notification),
      onError: (error) => errors.push(error),
      ...options.deps,
    });
  const harness = {
    clock,
    timers,
    store,
    notifier,
    undelivered,
    errors,
    engine: build(),
    restart(): ReminderEngine {
      harness.engine.stop();
      harness.engine = build();
      return harness.engine;
    },
  };
  return harness;
}
