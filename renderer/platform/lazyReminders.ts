import type { RemindersPlatform } from './JournalPlatform';

/**
 * Reminders whose code (the engine and its schemas) loads on first use rather than with the
 * page: at start-up nothing needs them before the journal's first rows are on screen, and
 * building their schemas then would hold those rows up.
 */
export function lazyReminders(load: () => Promise<RemindersPlatform>): RemindersPlatform {
  let loaded: Promise<RemindersPlatform> | undefined;
  const reminders = () =>
    (loaded ??= load().catch((error: unknown) => {
      // A later call may try again: the code may be there by then.
      loaded = undefined;
      throw error;
    }));

  function subscribeOnLoad<L>(subscribe: (target: RemindersPlatform, listener: L) => () => void) {
    return (listener: L) => {
      let unsubscribe: (() => void) | undefined;
      let isCancelled = false;
      reminders().then(
        (target) => {
          if (!isCancelled) unsubscribe = subscribe(target, listener);
        },
        (error: unknown) => console.error('Reminders could not load', error),
      );
      return () => {
        isCancelled = true;
        unsubscribe?.();
      };
    };
  }

  return {
    list: async () => (await reminders()).list(),
    upsert: async (reminder) => (await reminders()).upsert(reminder),
    remove: async (id) => (await reminders()).remove(id),
    setPaused: async (id, paused) => (await reminders()).setPaused(id, paused),
    snooze: async (id, option) => (await reminders()).snooze(id, option),
    done: async (id) => (await reminders()).done(id),
    getQuietHours: async () => (await reminders()).getQuietHours(),
    setQuietHours: async (quietHours) => (await reminders()).setQuietHours(quietHours),
    sendTest: async () => (await reminders()).sendTest(),
    status: async () => (await reminders()).status(),
    takeInApp: async () => (await reminders()).takeInApp(),
    reportLatestReflection: async (at) => (await reminders()).reportLatestReflection(at),
    onChanged: subscribeOnLoad((target, listener: () => void) => target.onChanged(listener)),
    onDueInApp: subscribeOnLoad((target, listener: Parameters<RemindersPlatform['onDueInApp']>[0]) =>
      target.onDueInApp(listener),
    ),
  };
}
