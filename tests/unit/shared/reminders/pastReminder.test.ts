import { describe, expect, it } from 'vitest';
import { toReminderViews } from '../../../../shared/ipc/reminderViews';
import { createHarness, makeReminder, stateWith } from './reminderTestKit';

// Wed 5 Mar 2025 in New York (EST, UTC-5): 10:05 local is 15:05Z.
const WEDNESDAY_1000 = '2025-03-05T15:00:00.000Z';
const WEDNESDAY_1005 = '2025-03-05T15:05:00.000Z';
const once = (id: string, overrides = {}) =>
  makeReminder({
    id,
    kind: 'after-conversation',
    title: id,
    schedule: { type: 'once', date: '2025-03-05', time: '10:05' },
    createdAt: WEDNESDAY_1000,
    ...overrides,
  });

describe('one-off reminders that have fired are past, with when they fired', () => {
  it('lists a fired one-off with the moment it fired, and the others without one', async () => {
    const harness = createHarness({
      now: WEDNESDAY_1000,
      state: stateWith([
        once('fired'),
        once('paused first', { paused: true }),
        once('done first', { kind: 'follow-up', reflectionId: 'r1', done: true }),
        once('later', { schedule: { type: 'once', date: '2025-03-06', time: '10:05' } }),
        makeReminder({ id: 'daily', createdAt: WEDNESDAY_1000 }),
      ]),
    });
    await harness.engine.start();
    harness.clock.set('2025-03-05T15:06:00.000Z');
    await harness.engine.evaluate('tick');
    expect(harness.notifier.shown.map((n) => n.items[0]?.reminderId)).toEqual(['fired']);

    const views = toReminderViews(await harness.engine.list());
    const firedOf = (id: string) => views.find((view) => view.reminder.id === id);
    expect(firedOf('fired')).toMatchObject({
      next: null,
      firedAt: WEDNESDAY_1005,
      firedLabel: 'Fired: Wed 5 Mar, 10:05',
    });
    for (const id of ['paused first', 'done first', 'later', 'daily']) {
      expect({ id, firedAt: firedOf(id)?.firedAt }).toEqual({ id, firedAt: undefined });
    }
  });

  it('counts a snoozed one-off as fired when the snooze fires, and not before', async () => {
    const harness = createHarness({ now: WEDNESDAY_1000, state: stateWith([once('snoozed')]) });
    await harness.engine.start();
    harness.clock.set('2025-03-05T15:06:00.000Z');
    await harness.engine.evaluate('tick');
    await harness.engine.snooze('snoozed', '10m');
    expect((await harness.engine.list())[0]?.firedAt).toBeNull();
    harness.clock.set('2025-03-05T15:17:00.000Z');
    await harness.engine.evaluate('tick');
    expect((await harness.engine.list())[0]?.firedAt).toBe('2025-03-05T15:16:00.000Z');
  });

  it('moves a past one-off back when it is edited to a new time', async () => {
    const harness = createHarness({ now: '2025-03-05T15:06:00.000Z', state: stateWith([once('moved')]) });
    await harness.engine.start();
    expect((await harness.engine.list())[0]?.firedAt).toBe(WEDNESDAY_1005);
    await harness.engine.upsert(
      once('moved', { schedule: { type: 'once', date: '2025-03-07', time: '09:00' } }),
    );
    expect(await harness.engine.list()).toMatchObject([{ firedAt: null, next: '2025-03-07T14:00:00.000Z' }]);
  });
});
