import { describe, expect, it } from 'vitest';
import { createHarness, makeReminder, MONDAY_NOON, stateWith } from './reminderTestKit';

describe('reminder engine mutations', () => {
  it('rejects an invalid reminder with an error naming the field and saves nothing', async () => {
    const harness = createHarness({ now: MONDAY_NOON });
    const bad = { ...makeReminder(), schedule: { type: 'weekdays', days: [], time: '09:00' } };
    await expect(harness.engine.upsert(bad)).rejects.toThrow(
      'Invalid reminder: schedule.days: Days must include at least one weekday',
    );
    await expect(harness.engine.upsert({ ...makeReminder(), timeZone: 'Moon/Base' })).rejects.toThrow(
      'timeZone: Time zone must be an IANA name',
    );
    expect(harness.store.saveCount()).toBe(0);
  });

  it('adds a reminder, replaces it by id, and lists it with its next fire time', async () => {
    const harness = createHarness({ now: MONDAY_NOON });
    await harness.engine.upsert(makeReminder({ createdAt: MONDAY_NOON }));
    await harness.engine.upsert(makeReminder({ title: 'Renamed', createdAt: MONDAY_NOON }));
    const entries = await harness.engine.list();
    expect(entries.map((entry) => [entry.reminder.title, entry.next])).toEqual([
      ['Renamed', '2024-12-02T22:30:00.000Z'],
    ]);
    expect(harness.store.saved().reminders).toHaveLength(1);
  });

  it('re-arms the tick after a change so a reminder due in 20 seconds gets a 20-second timer', async () => {
    const harness = createHarness({ now: '2024-12-02T22:29:40.000Z' });
    await harness.engine.start();
    await harness.engine.upsert(makeReminder({ createdAt: MONDAY_NOON }));
    expect(harness.timers.armedDelays).toEqual([60_000, 20_000]);
    expect(harness.timers.pendingCount()).toBe(1);
    await harness.timers.fireNext();
    expect(harness.notifier.shown).toHaveLength(1);
  });

  it('recomputes the next fire time when the reminder moves to another time zone', async () => {
    const harness = createHarness({
      now: MONDAY_NOON,
      state: stateWith([makeReminder({ createdAt: MONDAY_NOON })]),
    });
    expect((await harness.engine.list())[0]?.next).toBe('2024-12-02T22:30:00.000Z');
    await harness.engine.upsert(makeReminder({ createdAt: MONDAY_NOON, timeZone: 'Asia/Tokyo' }));
    expect((await harness.engine.list())[0]?.next).toBe('2024-12-03T08:30:00.000Z');
  });

  it('removes a reminder and refuses to remove or pause one that does not exist', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([makeReminder()]) });
    await harness.engine.remove('rhythm-1');
    expect(await harness.engine.list()).toEqual([]);
    await expect(harness.engine.remove('rhythm-1')).rejects.toThrow('No reminder with id "rhythm-1"');
    await expect(harness.engine.setPaused('ghost', true)).rejects.toThrow('No reminder with id "ghost"');
  });

  it('lists a paused reminder with no next time and persists the pause', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([makeReminder()]) });
    const paused = await harness.engine.setPaused('rhythm-1', true);
    expect(paused.paused).toBe(true);
    expect((await harness.engine.list())[0]?.next).toBeNull();
    expect(harness.store.saved().reminders[0]?.paused).toBe(true);
  });

  it('validates and persists quiet hours, naming the bad field', async () => {
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([makeReminder()]) });
    await expect(
      harness.engine.setQuietHours({ enabled: true, start: '10pm', end: '07:00' }),
    ).rejects.toThrow('Invalid quiet hours: start: Time must be HH:mm between 00:00 and 23:59');
    await harness.engine.setQuietHours({ enabled: true, start: '17:00', end: '18:00' });
    expect(harness.store.saved().quietHours).toEqual({ enabled: true, start: '17:00', end: '18:00' });
    expect((await harness.engine.list())[0]?.next).toBe('2024-12-02T23:00:00.000Z');
  });

  it('keeps its state when a caller mutates a reminder it returned', async () => {
    const weekdays = makeReminder({ schedule: { type: 'weekdays', days: [1, 3], time: '09:00' } });
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith([weekdays]) });
    const [listed] = await harness.engine.list();
    if (listed?.reminder.schedule.type !== 'weekdays') throw new Error('expected a weekdays reminder');
    listed.reminder.schedule.days.push(5);
    listed.reminder.title = 'Changed behind the engine';
    const [again] = await harness.engine.list();
    expect(again?.reminder.title).toBe('Any tough conversations today?');
    expect(again?.reminder.schedule).toEqual({ type: 'weekdays', days: [1, 3], time: '09:00' });
  });

  it('refuses more reminders than the stored state allows', async () => {
    const many = Array.from({ length: 1000 }, (_, i) => makeReminder({ id: `r-${i}` }));
    const harness = createHarness({ now: MONDAY_NOON, state: stateWith(many) });
    await expect(harness.engine.upsert(makeReminder({ id: 'one-too-many' }))).rejects.toThrow(
      'reminders: Reminders must be at most 1000',
    );
  });
});
