import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  RETAINED_LIMIT,
  createNotificationPresenter,
  type NotificationClass,
} from '../../../electron/reminders/notificationPresenter';
import type { DueNotification } from '../../../shared/reminders/collapseMissed';
import { FakeNotification } from './fakeElectronExtras';

const due: DueNotification = {
  title: 'Any tough conversations today?',
  body: '',
  items: [
    {
      reminderId: 'r',
      kind: 'rhythm',
      title: 'Any tough conversations today?',
      occurrence: '2024-12-02T22:30:00.000Z',
      missedCount: 0,
    },
  ],
};

function presenter(platform: NodeJS.Platform = 'linux', Notification: NotificationClass = FakeNotification) {
  const timers: Array<{ fn: () => void; cleared: boolean }> = [];
  const deps = {
    Notification,
    platform,
    timers: {
      setTimeout: (fn: () => void) => {
        timers.push({ fn, cleared: false });
        return timers.length - 1;
      },
      clearTimeout: (handle: unknown) => {
        const timer = timers[handle as number];
        if (timer) timer.cleared = true;
      },
    },
    onClick: vi.fn(),
    onSnooze: vi.fn(),
    onLateFailure: vi.fn(),
  };
  const fireTimers = () => timers.filter((timer) => !timer.cleared).forEach((timer) => timer.fn());
  return { presenter: createNotificationPresenter(deps), deps, fireTimers };
}

beforeEach(() => FakeNotification.reset());

describe('notification presenter', () => {
  it('counts a notification as shown when the system says so, and forwards clicks', async () => {
    const { presenter: p, deps } = presenter();
    await expect(p.show(due)).resolves.toBe(true);
    FakeNotification.instances[0]?.click();
    expect(deps.onClick).toHaveBeenCalledExactlyOnceWith(due);
  });

  it('assumes shown when the system stays silent, and reports a later failure for the banner', async () => {
    FakeNotification.behaviour = 'silent';
    const { presenter: p, deps, fireTimers } = presenter();
    const shown = p.show(due);
    fireTimers();
    await expect(shown).resolves.toBe(true);
    FakeNotification.instances[0]?.emit('failed', {}, 'Server went away');
    expect(deps.onLateFailure).toHaveBeenCalledExactlyOnceWith(
      due,
      expect.stringContaining('Server went away'),
    );
    expect(p.retainedCount()).toBe(0);
  });

  it('reports false when the notification cannot be created', async () => {
    class Throwing extends FakeNotification {
      constructor() {
        super({ title: '', body: '' });
        throw new Error('no D-Bus');
      }
    }
    const { presenter: p } = presenter('linux', Throwing);
    await expect(p.show(due)).resolves.toBe(false);
    expect(p.lastProblem()).toContain('no D-Bus');
  });

  it('keeps a bounded number of references when the system never reports close', async () => {
    const { presenter: p } = presenter();
    for (let index = 0; index < RETAINED_LIMIT + 5; index += 1) await p.show(due);
    expect(p.retainedCount()).toBe(RETAINED_LIMIT);
  });

  it('offers snooze buttons on Windows and maps the legacy action index too', async () => {
    const { presenter: p, deps } = presenter('win32');
    await p.show(due);
    const [shown] = FakeNotification.instances;
    expect(shown?.options.actions).toHaveLength(3);
    shown?.emit('action', undefined, 2);
    shown?.emit('action', { actionIndex: 0 });
    shown?.emit('action', { actionIndex: 9 });
    expect(deps.onSnooze.mock.calls).toEqual([
      [due, 'tomorrow-morning'],
      [due, '10m'],
    ]);
  });
});
