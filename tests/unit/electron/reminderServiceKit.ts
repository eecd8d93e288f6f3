import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { createReminderService, type ReminderWindow } from '../../../electron/reminders/reminderService';
import type { Reminder } from '../../../shared/reminders/reminderSchema';
import {
  createFakeClock,
  createFakeTimers,
  flushAsync,
  MONDAY_NOON,
} from '../shared/reminders/reminderTestKit';
import { FakeNotification, createFakePowerMonitor } from './fakeElectronExtras';

export const REFLECTION_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

export { MONDAY_1730, MONDAY_NOON } from '../shared/reminders/reminderTestKit';

export function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
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
  };
}

export function fakeWindow() {
  const sent: Array<{ channel: string; payload: unknown }> = [];
  const window = {
    focusOn: vi.fn(),
    reveal: vi.fn(),
    send: vi.fn((channel: string, payload: unknown) => {
      sent.push({ channel, payload });
    }),
  };
  return { window: window as ReminderWindow & typeof window, sent };
}

/** A reminder service over a real temporary folder, with a fake clock, timers and Electron. */
export async function createServiceHarness(options: { now?: string; platform?: NodeJS.Platform } = {}) {
  const filesDir = await mkdtemp(path.join(os.tmpdir(), 'ij-reminders-'));
  const clock = createFakeClock(options.now ?? MONDAY_NOON);
  const timers = createFakeTimers(clock);
  const powerMonitor = createFakePowerMonitor();
  const { window, sent } = fakeWindow();
  const log = vi.fn();
  let latestReflectionAt: string | null = null;
  const build = () =>
    createReminderService({
      filesDir,
      platform: options.platform ?? 'linux',
      Notification: FakeNotification,
      powerMonitor,
      window,
      latestReflectionAt: () => latestReflectionAt,
      recordLatestReflection: async (value) => {
        latestReflectionAt = value;
        return true;
      },
      log,
      now: clock.now,
      timers,
      localTimeZone: () => 'America/New_York',
    });
  const harness = {
    filesDir,
    clock,
    timers,
    powerMonitor,
    window,
    sent,
    log,
    service: build(),
    setLatestReflection(value: string | null) {
      latestReflectionAt = value;
    },
    /** A fresh service over the same folder, as after a restart of the app. */
    restart() {
      harness.service.stop();
      harness.service = build();
      return harness.service;
    },
    /**
     * Waits until the engine has finished what it was doing: its work is queued, so a list()
     * resolves only after any evaluation in flight (which writes a real file) is done.
     */
    async idle() {
      await harness.service.engine.list();
      await flushAsync();
    },
    /**
     * Moves the clock to `iso` and lets the engine's armed timer fire there. Every check
     * recomputes what is due from stored instants, so jumping is the same as ticking there
     * minute by minute, without hundreds of real file writes.
     */
    async jumpTo(iso: string) {
      clock.set(iso);
      await timers.fireNext();
      await harness.idle();
    },
    async dispose() {
      harness.service.stop();
      await rm(filesDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
  return harness;
}

export type ServiceHarness = Awaited<ReturnType<typeof createServiceHarness>>;
