import { describe, expect, it } from 'vitest';
import { createReminderEngine } from '../../../../shared/reminders/reminderEngine';
import {
  DAY,
  HOUR,
  createFakeClock,
  createFakeTimers,
  createHarness,
  createRecordingNotifier,
  makeReminder,
  MONDAY_1730,
  MONDAY_NOON,
  stateWith,
} from './reminderTestKit';

const dailyAt1730 = () => makeReminder({ createdAt: MONDAY_NOON });

async function runUntil(harness: ReturnType<typeof createHarness>, untilIso: string): Promise<void> {
  while (harness.clock.now() < Date.parse(untilIso)) await harness.timers.fireNext();
}

describe('reminder engine timers', () => {
  it('arms a timer for exactly the time left when the next occurrence is under a minute away', async () => {
    const harness = createHarness({ now: '2024-12-02T22:29:30.000Z', state: stateWith([dailyAt1730()]) });
    await harness.engine.start();
    expect(harness.timers.armedDelays).toEqual([30_000]);
    await harness.timers.fireNext();
    expect(harness.notifier.shown).toHaveLength(1);
    expect(harness.clock.now()).toBe(Date.parse(MONDAY_1730));
  });

  it(
    'waits 40 days for a once reminder with every armed timer between 0 and 60 seconds',
    { timeout: 30_000 },
    async () => {
      const reminder = makeReminder({
        id: 'once-40',
        schedule: { type: 'once', date: '2025-01-11', time: '09:00' },
        createdAt: MONDAY_NOON,
      });
      const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder]) });
      await harness.engine.start();
      await runUntil(harness, '2025-01-14T00:00:00.000Z');

      expect(harness.notifier.shown.map((n) => n.items[0]?.occurrence)).toEqual(['2025-01-11T14:00:00.000Z']);
      expect(harness.timers.armedDelays.length).toBeGreaterThan(40 * 24 * 60);
      expect(Math.max(...harness.timers.armedDelays)).toBeLessThanOrEqual(60_000);
      expect(Math.min(...harness.timers.armedDelays)).toBeGreaterThan(0);
      expect((await harness.engine.list())[0]?.next).toBeNull();
    },
  );

  it('caps a requested tick longer than a minute at 60 seconds', async () => {
    const clock = createFakeClock(MONDAY_NOON);
    const timers = createFakeTimers(clock);
    const engine = createReminderEngine({
      now: clock.now,
      store: { load: async () => stateWith([]), save: async () => undefined },
      notifier: createRecordingNotifier(),
      timers,
      localTimeZone: () => 'UTC',
      maxTickMs: 10 * 60_000,
    });
    await engine.start();
    expect(timers.armedDelays).toEqual([60_000]);
  });

  it('stop clears the armed timer and no further evaluation re-arms it', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([dailyAt1730()]) });
    await harness.engine.start();
    expect(harness.timers.pendingCount()).toBe(1);
    harness.engine.stop();
    expect(harness.timers.pendingCount()).toBe(0);
    await harness.engine.notifyResume();
    expect(harness.timers.pendingCount()).toBe(0);
  });
});

describe('reminder engine catch-up and at-most-once delivery', () => {
  it('after a 7-day sleep shows one notification with the missed count, and a restart does not repeat it', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([dailyAt1730()]) });
    await harness.engine.start();
    await runUntil(harness, MONDAY_1730);
    expect(harness.notifier.shown).toHaveLength(1);

    harness.clock.advance(7 * DAY); // asleep: no timer fires
    const notification = await harness.engine.notifyResume();

    expect(harness.notifier.shown).toHaveLength(2);
    expect(notification?.items).toEqual([
      expect.objectContaining({ occurrence: '2024-12-09T22:30:00.000Z', missedCount: 6 }),
    ]);
    expect(notification?.body).toBe('and 6 more missed');

    const restarted = harness.restart();
    await restarted.start();
    await runUntil(harness, '2024-12-09T23:30:00.000Z');
    expect(harness.notifier.shown).toHaveLength(2);
  });

  it('after a 10-hour sleep fires a reminder that fell due during it exactly once', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([dailyAt1730()]) });
    await harness.engine.start();
    harness.clock.advance(10 * HOUR);
    await harness.engine.notifyResume();
    await harness.engine.notifyUnlock();
    await runUntil(harness, '2024-12-03T08:00:00.000Z');
    expect(harness.notifier.shown.map((n) => n.items[0]?.occurrence)).toEqual([MONDAY_1730]);
  });

  it('fires once when a tick and a resume evaluate in the same millisecond', async () => {
    const harness = createHarness({ now: MONDAY_1730, state: stateWith([dailyAt1730()]) });
    const results = await Promise.all([harness.engine.evaluate('tick'), harness.engine.notifyResume()]);
    expect(results.filter((result) => result !== null)).toHaveLength(1);
    expect(harness.notifier.shown).toHaveLength(1);
  });

  it('records the fired key on disk before the notifier is asked to show it', async () => {
    const harness = createHarness({ now: MONDAY_1730, state: stateWith([dailyAt1730()]) });
    const firedAtShow: string[][] = [];
    harness.notifier.setBeforeShow(() => firedAtShow.push(harness.store.saved().fired));
    await harness.engine.evaluate('tick');
    expect(firedAtShow).toEqual([[`rhythm-1@${MONDAY_1730}`]]);
  });

  it('does not fire again when a new engine loads the state saved after firing', async () => {
    const harness = createHarness({ now: MONDAY_1730, state: stateWith([dailyAt1730()]) });
    await harness.engine.evaluate('tick');
    const restarted = harness.restart();
    expect(await restarted.evaluate('start')).toBeNull();
    expect(harness.notifier.shown).toHaveLength(1);
  });

  it('collapses several reminders due together into one notification', async () => {
    const reminders = [
      dailyAt1730(),
      makeReminder({
        id: 'follow-1',
        kind: 'follow-up',
        title: 'Follow up with Sam',
        reflectionId: 'ref-7',
        createdAt: MONDAY_NOON,
      }),
      makeReminder({
        id: 'rhythm-2',
        title: 'Who did you influence today?',
        createdAt: '2024-11-29T17:00:00.000Z',
      }),
    ];
    const harness = createHarness({ now: MONDAY_1730, state: stateWith(reminders) });
    const notification = await harness.engine.evaluate('start');
    expect(harness.notifier.shown).toHaveLength(1);
    expect(notification?.title).toBe('3 reminders');
    expect(notification?.body.split('\n')).toEqual([
      'Any tough conversations today?',
      'Follow up with Sam',
      'Who did you influence today? and 3 more',
    ]);
    expect(notification?.items.find((item) => item.reminderId === 'follow-1')?.reflectionId).toBe('ref-7');
  });

  it('hands a notification the notifier could not show to onUndelivered, once', async () => {
    const harness = createHarness({ now: MONDAY_1730, state: stateWith([dailyAt1730()]), canShow: false });
    await harness.engine.evaluate('tick');
    await harness.engine.evaluate('tick');
    expect(harness.undelivered.map((n) => n.title)).toEqual(['Any tough conversations today?']);
  });

  it('treats a notifier that throws as undelivered and reports the error', async () => {
    const harness = createHarness({
      now: MONDAY_1730,
      state: stateWith([dailyAt1730()]),
      deps: { notifier: { show: async () => Promise.reject(new Error('no notification daemon')) } },
    });
    await harness.engine.evaluate('tick');
    expect(harness.undelivered).toHaveLength(1);
    expect(harness.errors).toEqual([new Error('no notification daemon')]);
  });

  it('shows nothing when the fired record cannot be saved', async () => {
    const harness = createHarness({
      now: MONDAY_1730,
      state: stateWith([dailyAt1730()]),
      deps: {
        store: {
          load: async () => stateWith([dailyAt1730()]),
          save: async () => Promise.reject(new Error('disk full')),
        },
      },
    });
    await expect(harness.engine.evaluate('tick')).rejects.toThrow('disk full');
    expect(harness.notifier.shown).toEqual([]);
  });

  it('rejects a corrupt stored state with a clear message and keeps ticking', async () => {
    const corrupt = '{"version":1,"reminders":[{"id":""}],"quietHours":{},"fired":[],"lastEvaluatedAt":null}';
    const harness = createHarness({
      now: MONDAY_NOON,
      deps: { store: { load: async () => JSON.parse(corrupt), save: async () => undefined } },
    });
    await expect(harness.engine.start()).rejects.toThrow(
      /^Invalid reminders state: reminders\.0\.id: Id must not be empty/,
    );
    expect(harness.timers.armedDelays).toEqual([60_000]);
    await harness.timers.fireNext();
    expect(String(harness.errors[0])).toContain('quietHours.enabled');
    expect(harness.timers.pendingCount()).toBe(1);
  });
});
