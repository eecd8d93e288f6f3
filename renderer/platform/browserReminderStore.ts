import {
  emptyRemindersState,
  parseRemindersState,
  type RemindersState,
} from '../../shared/reminders/reminderSchema';
import type { RemindersStore } from '../../shared/reminders/reminderEngine';

export const REMINDERS_STORAGE_KEY = 'influence-journal:reminders';

/**
 * The browser build's reminders file: one localStorage key, validated with the engine's schema
 * on read. Unreadable contents are copied to a dated key and reported, never silently dropped.
 */
export function createBrowserReminderStore(storageOf: () => Storage, now: () => number) {
  let movedTo: string | undefined;
  const store: RemindersStore = {
    async load(): Promise<RemindersState> {
      const storage = storageOf();
      const raw = storage.getItem(REMINDERS_STORAGE_KEY);
      if (raw === null) return emptyRemindersState();
      try {
        return parseRemindersState(JSON.parse(raw));
      } catch {
        const key = `${REMINDERS_STORAGE_KEY}:corrupt-${new Date(now()).toISOString()}`;
        storage.setItem(key, raw);
        storage.removeItem(REMINDERS_STORAGE_KEY);
        movedTo = key;
        return emptyRemindersState();
      }
    },
    async save(state: RemindersState): Promise<void> {
      storageOf().setItem(REMINDERS_STORAGE_KEY, JSON.stringify(state));
    },
  };
  return { store, corruptMovedTo: () => movedTo };
}
