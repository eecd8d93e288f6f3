import { vi } from 'vitest';
import type { JournalPlatform, RemindersPlatform } from '../../../../renderer/platform/JournalPlatform';
import type { ReminderView, RemindersStatus } from '../../../../shared/ipc/remindersContract';
import type { DueNotification } from '../../../../shared/reminders/collapseMissed';

/** A platform whose reminders live in memory; tests push events through `emitDue`. */
export function fakeRemindersPlatform(
  options: { views?: ReminderView[]; status?: Partial<RemindersStatus> } = {},
) {
  const dueListeners = new Set<(notification: DueNotification) => void>();
  const pending: DueNotification[] = [];
  const reminders: RemindersPlatform = {
    list: vi.fn(async () => options.views ?? []),
    upsert: vi.fn(async (reminder) => reminder),
    remove: vi.fn(async () => undefined),
    setPaused: vi.fn(async () => {
      throw new Error('unused');
    }),
    snooze: vi.fn(async () => {
      throw new Error('unused');
    }),
    done: vi.fn(async () => {
      throw new Error('unused');
    }),
    getQuietHours: vi.fn(async () => ({ enabled: false, start: '22:00', end: '07:00' })),
    setQuietHours: vi.fn(async (value) => value),
    sendTest: vi.fn(async () => ({ outcome: 'shown' as const })),
    status: vi.fn(async () => ({
      notificationsSupported: true,
      permission: 'granted' as const,
      lastDeliveryProblem: null,
      ...options.status,
    })),
    takeInApp: vi.fn(async () => pending.splice(0)),
    reportLatestReflection: vi.fn(async () => undefined),
    onChanged: vi.fn(() => () => undefined),
    onDueInApp: vi.fn((listener: (notification: DueNotification) => void) => {
      dueListeners.add(listener);
      return () => dueListeners.delete(listener);
    }),
  };
  const platform: JournalPlatform = {
    kind: 'electron',
    getAppInfo: vi.fn(async () => {
      throw new Error('unused');
    }),
    onNavigate: vi.fn(() => () => undefined),
    files: { save: vi.fn(async () => ({ saved: true })) },
    onFlushRequest: vi.fn(() => () => undefined),
    reminders,
    settings: {
      get: vi.fn(async () => ({
        settings: { keepRunningInBackground: true, startAtLogin: false },
        supports: { keepRunningInBackground: true, startAtLogin: true },
      })),
      update: vi.fn(async (patch) => ({
        settings: { keepRunningInBackground: true, startAtLogin: false, ...patch },
        supports: { keepRunningInBackground: true, startAtLogin: true },
      })),
    },
  };
  return {
    platform,
    reminders,
    emitDue(notification: DueNotification) {
      pending.push(notification);
      dueListeners.forEach((listener) => listener(notification));
    },
  };
}
