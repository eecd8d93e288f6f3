import { describe, expect, it, vi } from 'vitest';
import type { QuietHours } from '../../../../shared/reminders/reminderSchema';
import { DAY, createHarness, makeReminder, MONDAY_1730, MONDAY_NOON, stateWith } from './reminderTestKit';

const NIGHT: QuietHours = { enabled: true, start: '22:00', end: '07:00' };

type Harness = ReturnType<typeof createHarness>;

/** Runs ticks until `untilIso`, noting the clock whenever something is shown. */
async function runUntil(harness: Harness, untilIso: string): Promise<string[]> {
  const shownAt: string[] = [];
  harness.notifier.setBeforeShow(() => shownAt.push(new Date(harness.clock.now()).toISOString()));
  while (harness.clock.now() < Date.parse(untilIso)) await harness.timers.fireNext();
  return shownAt;
}

describe('quiet hours', () => {
  it('holds a reminder due inside overnight quiet hours until they end, then fires it once', async () => {
    const reminder = makeReminder({ schedule: { type: 'daily', time: '23:00' }, createdAt: MONDAY_NOON });
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder], { quietHours: NIGHT }) });
    await harness.engine.start();
    const shownAt = await runUntil(harness, '2024-12-03T14:00:00.000Z');
    expect(shownAt).toEqual(['2024-12-03T12:00:00.000Z']); // 07:00 local
    expect(harness.notifier.shown[0]?.items[0]?.occurrence).toBe('2024-12-03T04:00:00.000Z'); // 23:00 local
    expect(Math.max(...harness.timers.armedDelays)).toBeLessThanOrEqual(60_000);
  });

  it('holds a reminder inside daytime quiet hours that do not wrap midnight', async () => {
    const reminder = makeReminder({ schedule: { type: 'daily', time: '13:00' }, createdAt: MONDAY_NOON });
    const quietHours = { enabled: true, start: '12:30', end: '14:00' };
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder], { quietHours }) });
    await harness.engine.start();
    expect(await runUntil(harness, '2024-12-02T20:00:00.000Z')).toEqual(['2024-12-02T19:00:00.000Z']);
  });

  it('fires on time when quiet hours are disabled', async () => {
    const reminder = makeReminder({ schedule: { type: 'daily', time: '23:00' }, createdAt: MONDAY_NOON });
    const quietHours = { ...NIGHT, enabled: false };
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder], { quietHours }) });
    await harness.engine.start();
    expect(await runUntil(harness, '2024-12-03T14:00:00.000Z')).toEqual(['2024-12-03T04:00:00.000Z']);
  });

  it('lists the end of quiet hours as the next time a held-back reminder fires', async () => {
    const reminder = makeReminder({ schedule: { type: 'daily', time: '23:00' }, createdAt: MONDAY_NOON });
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder], { quietHours: NIGHT }) });
    expect((await harness.engine.list())[0]?.next).toBe('2024-12-03T12:00:00.000Z');
  });
});

describe('snooze', () => {
  /** A daily 17:30 reminder that has just fired and is then snoozed. */
  async function firedThenSnoozed(option: '10m' | '1h' | 'tomorrow-morning') {
    const harness = createHarness({
      now: MONDAY_NOON,
      state: stateWith([makeReminder({ createdAt: MONDAY_NOON })]),
    });
    await harness.engine.start();
    await runUntil(harness, MONDAY_1730);
    expect(harness.notifier.shown).toHaveLength(1);
    const snoozed = await harness.engine.snooze('rhythm-1', option);
    return { harness, snoozed };
  }

  it('brings a reminder back 10 minutes later, once, then clears the snooze', async () => {
    const { harness, snoozed } = await firedThenSnoozed('10m');
    expect(snoozed.snoozedUntil).toBe('2024-12-02T22:40:00.000Z');
    const shownAt = await runUntil(harness, '2024-12-03T12:00:00.000Z');
    expect(shownAt).toEqual(['2024-12-02T22:40:00.000Z']);
    expect(harness.store.saved().reminders[0]?.snoozedUntil).toBeUndefined();
  });

  it('brings a reminder back an hour later', async () => {
    const { harness, snoozed } = await firedThenSnoozed('1h');
    expect(snoozed.snoozedUntil).toBe('2024-12-02T23:30:00.000Z');
    expect(await runUntil(harness, '2024-12-03T12:00:00.000Z')).toEqual(['2024-12-02T23:30:00.000Z']);
  });

  it('brings a reminder back at 09:00 the next morning in the reminder zone', async () => {
    const { harness, snoozed } = await firedThenSnoozed('tomorrow-morning');
    expect(snoozed.snoozedUntil).toBe('2024-12-03T14:00:00.000Z');
    const shownAt = await runUntil(harness, '2024-12-03T23:00:00.000Z');
    expect(shownAt).toEqual(['2024-12-03T14:00:00.000Z', '2024-12-03T22:30:00.000Z']);
  });

  it('reads "tomorrow morning" in the reminder zone, not the device zone', async () => {
    const reminder = makeReminder({ timeZone: 'Europe/Berlin', createdAt: MONDAY_NOON });
    const harness = createHarness({ now: MONDAY_1730, state: stateWith([reminder]) });
    const snoozed = await harness.engine.snooze('rhythm-1', 'tomorrow-morning');
    expect(snoozed.snoozedUntil).toBe('2024-12-03T08:00:00.000Z');
  });

  it('swallows the regular occurrences that fall inside the snooze', async () => {
    const reminder = makeReminder({ createdAt: MONDAY_NOON });
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder]) });
    await harness.engine.start();
    await harness.engine.snooze('rhythm-1', 'tomorrow-morning');
    const shownAt = await runUntil(harness, '2024-12-03T15:00:00.000Z');
    expect(shownAt).toEqual(['2024-12-03T14:00:00.000Z']);
    expect(harness.notifier.shown[0]?.items[0]?.missedCount).toBe(0);
  });

  it('rejects an unknown snooze option and an unknown reminder id', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([makeReminder()]) });
    // @ts-expect-error: the UI could still send a stale option over IPC
    await expect(harness.engine.snooze('rhythm-1', '2d')).rejects.toThrow('Snooze option must be one of');
    await expect(harness.engine.snooze('missing', '1h')).rejects.toThrow('No reminder with id "missing"');
  });
});

describe('skip if already reflected', () => {
  it('skips a rhythm reminder when there is a reflection since the start of the local day', async () => {
    const hasReflectedSince = vi.fn(async () => true);
    const reminder = makeReminder({ quietIfReflected: 'day', createdAt: MONDAY_NOON });
    const harness = createHarness({
      now: MONDAY_1730,
      state: stateWith([reminder]),
      deps: { hasReflectedSince },
    });
    expect(await harness.engine.evaluate('tick')).toBeNull();
    expect(hasReflectedSince).toHaveBeenCalledWith(Date.parse('2024-12-02T05:00:00.000Z'));
    expect(harness.notifier.shown).toEqual([]);
    expect(await harness.engine.evaluate('tick')).toBeNull();
  });

  it('asks about the local week starting Monday and reminds when there is no reflection', async () => {
    const hasReflectedSince = vi.fn(async () => false);
    const reminder = makeReminder({ quietIfReflected: 'week', createdAt: MONDAY_NOON });
    const harness = createHarness({
      now: '2024-12-04T22:30:00.000Z',
      state: stateWith([reminder], { lastEvaluatedAt: '2024-12-04T22:00:00.000Z' }),
      deps: { hasReflectedSince },
    });
    await harness.engine.evaluate('tick');
    expect(hasReflectedSince).toHaveBeenCalledWith(Date.parse('2024-12-02T05:00:00.000Z'));
    expect(harness.notifier.shown).toHaveLength(1);
  });

  it('never skips follow-ups, and reminds anyway when the reflection check fails', async () => {
    const followUp = makeReminder({
      id: 'f',
      kind: 'follow-up',
      quietIfReflected: 'day',
      createdAt: MONDAY_NOON,
    });
    const rhythm = makeReminder({ quietIfReflected: 'day', createdAt: MONDAY_NOON });
    const hasReflectedSince = vi.fn(async () => Promise.reject(new Error('database locked')));
    const harness = createHarness({
      now: MONDAY_1730,
      state: stateWith([followUp, rhythm]),
      deps: { hasReflectedSince },
    });
    const notification = await harness.engine.evaluate('tick');
    expect(notification?.items.map((item) => item.reminderId).sort()).toEqual(['f', 'rhythm-1']);
    expect(hasReflectedSince).toHaveBeenCalledTimes(1);
  });
});

describe('paused, done and one-off reminders', () => {
  it('does not fire a paused reminder, nor its missed occurrences after unpausing', async () => {
    const harness = createHarness({
      now: MONDAY_NOON,
      state: stateWith([makeReminder({ createdAt: MONDAY_NOON })]),
    });
    await harness.engine.start();
    await harness.engine.setPaused('rhythm-1', true);
    await runUntil(harness, '2024-12-03T12:00:00.000Z');
    await harness.engine.setPaused('rhythm-1', false);
    expect(await runUntil(harness, '2024-12-03T23:00:00.000Z')).toEqual(['2024-12-03T22:30:00.000Z']);
  });

  it('stops a follow-up marked done', async () => {
    const followUp = makeReminder({ kind: 'follow-up', reflectionId: 'ref-1', createdAt: MONDAY_NOON });
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([followUp]) });
    await harness.engine.start();
    const done = await harness.engine.markDone('rhythm-1');
    expect(done.done).toBe(true);
    expect(await runUntil(harness, '2024-12-05T00:00:00.000Z')).toEqual([]);
    expect((await harness.engine.list())[0]?.next).toBeNull();
  });

  it('fires an after-conversation reminder once, never again, even after a restart', async () => {
    const reminder = makeReminder({
      id: 'after-1',
      kind: 'after-conversation',
      title: 'How did the talk with Priya go?',
      schedule: { type: 'once', date: '2024-12-02', time: '17:30' },
      createdAt: MONDAY_NOON,
    });
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([reminder]) });
    await harness.engine.start();
    await runUntil(harness, '2024-12-03T00:00:00.000Z');
    harness.clock.advance(3 * DAY);
    await harness.restart().start();
    await runUntil(harness, '2024-12-06T12:00:00.000Z');
    expect(harness.notifier.shown.map((n) => n.title)).toEqual(['How did the talk with Priya go?']);
    expect((await harness.engine.list())[0]?.next).toBeNull();
  });
});
