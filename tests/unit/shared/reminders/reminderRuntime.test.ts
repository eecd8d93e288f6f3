import { describe, expect, it, vi } from 'vitest';
import { IN_APP_QUEUE_LIMIT } from '../../../../shared/ipc/remindersContract';
import type { DueNotification } from '../../../../shared/reminders/collapseMissed';
import { createReminderRuntime } from '../../../../shared/reminders/reminderRuntime';
import {
  createFakeClock,
  createFakeTimers,
  createJsonStore,
  createRecordingNotifier,
  makeReminder,
  MONDAY_1730,
  MONDAY_NOON,
  stateWith,
} from './reminderTestKit';

function build(options: { canShow?: boolean; exclusive?: <T>(task: () => Promise<T>) => Promise<T> } = {}) {
  const clock = createFakeClock(MONDAY_NOON);
  const timers = createFakeTimers(clock);
  const store = createJsonStore(stateWith([makeReminder({ createdAt: MONDAY_NOON })]));
  const notifier = createRecordingNotifier(options.canShow ?? true);
  const events: string[] = [];
  const queued: DueNotification[] = [];
  const log = vi.fn();
  const runtime = createReminderRuntime({
    now: clock.now,
    store,
    timers,
    notifier,
    onChanged: () => events.push('changed'),
    onQueuedInApp: (notification) => queued.push(notification),
    log,
    localTimeZone: () => 'America/New_York',
    ...(options.exclusive ? { exclusive: options.exclusive } : {}),
  });
  return { clock, timers, store, notifier, events, queued, log, runtime };
}

describe('the reminder runtime both platforms share', () => {
  it('says the list changed after every edit and before a notification is shown', async () => {
    const h = build();
    await h.runtime.engine.start();
    await h.runtime.setPaused('rhythm-1', true);
    await h.runtime.setPaused('rhythm-1', false);
    expect(h.events).toEqual(['changed', 'changed']);
    h.notifier.setBeforeShow(() => h.events.push('shown'));
    h.clock.set(MONDAY_1730);
    await h.runtime.engine.evaluate('tick');
    expect(h.events).toEqual(['changed', 'changed', 'changed', 'shown']);
    expect((await h.runtime.list())[0]?.nextLabel).toBe('Next: Tue 3 Dec, 17:30');
  });

  it('queues what the notifier could not show for the page and hands it over once', async () => {
    const h = build({ canShow: false });
    h.clock.set(MONDAY_1730);
    await h.runtime.engine.evaluate('tick');
    expect(h.queued.map((n) => n.items[0]?.occurrence)).toEqual([MONDAY_1730]);
    expect(h.runtime.takeInApp().map((n) => n.items[0]?.occurrence)).toEqual([MONDAY_1730]);
    expect(h.runtime.takeInApp()).toEqual([]);
  });

  it('keeps at most the in-app limit, dropping the oldest', () => {
    const h = build();
    const late = (index: number): DueNotification => ({
      title: `Late ${index}`,
      body: '',
      items: [],
    });
    for (let index = 0; index < IN_APP_QUEUE_LIMIT + 2; index += 1) h.runtime.queueInApp(late(index));
    const taken = h.runtime.takeInApp();
    expect(taken).toHaveLength(IN_APP_QUEUE_LIMIT);
    expect(taken[0]?.title).toBe('Late 2');
  });

  it('snoozes every reminder folded into a notification and logs the one it cannot find', async () => {
    const h = build();
    h.clock.set(MONDAY_1730);
    const notification = await h.runtime.engine.evaluate('tick');
    const first = notification?.items[0];
    if (notification === null || first === undefined)
      throw new Error('expected the 17:30 reminder to be due');
    const withUnknown = { ...notification, items: [...notification.items, { ...first, reminderId: 'gone' }] };
    await h.runtime.snoozeAll(withUnknown, '10m');
    expect(h.store.saved().reminders[0]?.snoozedUntil).toBe('2024-12-02T22:40:00.000Z');
    expect(h.log).toHaveBeenCalledWith('Could not snooze reminder gone', expect.any(Error));
  });

  it('with another writer, reads the store afresh inside each exclusive task', async () => {
    const held: string[] = [];
    const exclusive = async <T>(task: () => Promise<T>): Promise<T> => {
      held.push('lock');
      return task();
    };
    const h = build({ exclusive });
    await h.runtime.engine.start();
    // Another tab pauses the reminder behind this runtime's back.
    await h.store.save({
      ...h.store.saved(),
      reminders: [makeReminder({ createdAt: MONDAY_NOON, paused: true })],
    });
    h.clock.set(MONDAY_1730);
    await h.runtime.engine.evaluate('tick');
    expect(h.notifier.shown).toEqual([]);
    expect(held.length).toBeGreaterThanOrEqual(2);
  });
});
