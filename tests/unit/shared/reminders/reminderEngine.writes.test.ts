import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE, createHarness, makeReminder, stateWith } from './reminderTestKit';

// Mon 2 Dec 2024 in New York (EST, UTC-5).
const MONDAY_MIDNIGHT = '2024-12-02T05:00:00.000Z';
const MONDAY_0900 = '2024-12-02T14:00:00.000Z';

type Harness = ReturnType<typeof createHarness>;

async function runFor(harness: Harness, ms: number): Promise<void> {
  const until = harness.clock.now() + ms;
  while (harness.clock.now() < until) await harness.timers.fireNext();
}

const occurrences = (harness: Harness) => harness.notifier.shown.map((shown) => shown.items[0]?.occurrence);

describe('the reminder engine writes its state only when something changed', () => {
  it('writes nothing over an idle day of minute ticks', async () => {
    // A Friday-only reminder and a paused daily one: neither fires on Monday.
    const harness = createHarness({
      now: MONDAY_MIDNIGHT,
      state: stateWith([
        makeReminder({
          id: 'friday',
          schedule: { type: 'weekly', day: 5, time: '17:30' },
          createdAt: MONDAY_MIDNIGHT,
        }),
        makeReminder({ id: 'paused', paused: true, createdAt: MONDAY_MIDNIGHT }),
      ]),
    });
    await harness.engine.start();
    await runFor(harness, DAY);
    expect(harness.timers.armedDelays.length).toBeGreaterThanOrEqual(1_440);
    expect(harness.notifier.shown).toEqual([]);
    expect(harness.store.saveCount()).toBe(0);
  });

  it('writes once per firing on a day with three, plus once per edit', async () => {
    const daily = (id: string, time: string) =>
      makeReminder({ id, schedule: { type: 'daily', time }, createdAt: MONDAY_MIDNIGHT });
    const harness = createHarness({
      now: MONDAY_MIDNIGHT,
      state: stateWith([daily('morning', '09:00'), daily('noon', '13:00'), daily('evening', '17:30')]),
    });
    await harness.engine.start();
    await runFor(harness, DAY);
    expect(occurrences(harness)).toEqual([
      '2024-12-02T14:00:00.000Z',
      '2024-12-02T18:00:00.000Z',
      '2024-12-02T22:30:00.000Z',
    ]);
    expect(harness.store.saveCount()).toBe(3);

    await harness.engine.setPaused('noon', true);
    expect(harness.store.saveCount()).toBe(4);
    expect(harness.store.saved().reminders.find((reminder) => reminder.id === 'noon')?.paused).toBe(true);
  });

  it('keeps the idle window it did not write, so a restart fires nothing twice', async () => {
    const harness = createHarness({
      now: MONDAY_0900,
      state: stateWith([
        makeReminder({ schedule: { type: 'daily', time: '09:00' }, createdAt: MONDAY_MIDNIGHT }),
      ]),
    });
    await harness.engine.start();
    await runFor(harness, 6 * HOUR);
    expect(harness.store.saveCount()).toBe(1);
    harness.restart();
    await harness.engine.start();
    await runFor(harness, HOUR);
    expect(occurrences(harness)).toEqual([MONDAY_0900]);
  });

  it('does not fire for the stretch before an edit read from a store with an old window', async () => {
    // The store's window ends at 08:00 (the last write); at 10:00 the time moves to 09:30.
    const reminder = makeReminder({ schedule: { type: 'daily', time: '08:00' }, createdAt: MONDAY_MIDNIGHT });
    const harness = createHarness({ now: '2024-12-02T13:00:00.000Z', state: stateWith([reminder]) });
    await harness.engine.start();
    expect(harness.store.saveCount()).toBe(1);
    harness.clock.advance(2 * HOUR);
    // A fresh engine reads the old window, as a second tab would.
    harness.restart();
    await harness.engine.upsert({ ...reminder, schedule: { type: 'daily', time: '09:30' } });
    await harness.engine.start();
    await runFor(harness, 10 * MINUTE);
    expect(occurrences(harness)).toEqual(['2024-12-02T13:00:00.000Z']);
  });
});

describe('the fired log holds when the clock goes back', () => {
  it('shows a reminder once when the clock is set back past it and moves forward again', async () => {
    const harness = createHarness({
      now: MONDAY_MIDNIGHT,
      state: stateWith([
        makeReminder({ schedule: { type: 'daily', time: '09:00' }, createdAt: MONDAY_MIDNIGHT }),
      ]),
    });
    await harness.engine.start();
    harness.clock.set(MONDAY_0900);
    await harness.engine.evaluate('tick');
    expect(occurrences(harness)).toEqual([MONDAY_0900]);

    harness.clock.set('2024-12-02T13:30:00.000Z'); // 08:30 local: the clock went back
    await harness.engine.evaluate('tick');
    harness.clock.set('2024-12-02T14:30:00.000Z'); // 09:30 local, past 09:00 again
    await harness.engine.evaluate('tick');
    expect(occurrences(harness)).toEqual([MONDAY_0900]);
  });
});
