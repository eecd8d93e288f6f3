import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOUR } from '../shared/reminders/reminderTestKit';
import { FakeNotification } from './fakeElectronExtras';
import {
  MONDAY_1730,
  REFLECTION_ID,
  createServiceHarness,
  reminder,
  type ServiceHarness,
} from './reminderServiceKit';

let harness: ServiceHarness;

beforeEach(async () => {
  FakeNotification.reset();
  harness = await createServiceHarness();
});

afterEach(async () => {
  await harness.dispose();
});

async function addAndStart(...reminders: ReturnType<typeof reminder>[]) {
  await harness.service.start();
  for (const each of reminders) await harness.service.handlers['reminders:upsert']({ reminder: each });
}

describe('reminder service', () => {
  it('shows a due reminder as a notification and keeps it referenced until it closes', async () => {
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    expect(FakeNotification.instances).toHaveLength(1);
    const [shown] = FakeNotification.instances;
    expect(shown?.options).toMatchObject({ title: 'Any tough conversations today?' });
    expect(shown?.shown).toBe(true);
    expect(harness.service.presenter.retainedCount()).toBe(1);
    shown?.close();
    expect(harness.service.presenter.retainedCount()).toBe(0);
    expect(harness.sent.map((event) => event.channel)).toContain('reminders:changed');
  });

  it('focuses the app on a new reflection when a rhythm reminder is clicked', async () => {
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    FakeNotification.instances[0]?.click();
    expect(harness.window.focusOn).toHaveBeenCalledExactlyOnceWith('/new');
  });

  it('opens the reflection when a follow-up is clicked, and the list when several were folded together', async () => {
    const followUp = reminder({
      id: 'follow-1',
      kind: 'follow-up',
      title: 'Ask Sam about the budget',
      schedule: { type: 'once', date: '2024-12-02', time: '17:30' },
      reflectionId: REFLECTION_ID,
    });
    await addAndStart(followUp);
    await harness.jumpTo(MONDAY_1730);
    FakeNotification.instances[0]?.click();
    expect(harness.window.focusOn).toHaveBeenLastCalledWith(`/reflections/${REFLECTION_ID}`);

    await harness.service.handlers['reminders:upsert']({ reminder: reminder({ id: 'a', title: 'A' }) });
    await harness.service.handlers['reminders:upsert']({ reminder: reminder({ id: 'b', title: 'B' }) });
    await harness.jumpTo('2024-12-03T22:30:00.000Z');
    const folded = FakeNotification.instances.at(-1);
    expect(folded?.options.title).toBe('2 reminders');
    folded?.click();
    expect(harness.window.focusOn).toHaveBeenLastCalledWith('/reminders');
  });

  it('checks again on resume: a 10-hour sleep across the reminder fires it once', async () => {
    await addAndStart(reminder());
    // Asleep: no timer runs, the clock jumps past 17:30.
    harness.clock.advance(10 * HOUR);
    harness.powerMonitor.emit('resume');
    harness.powerMonitor.emit('unlock-screen');
    await harness.idle();
    expect(FakeNotification.instances).toHaveLength(1);
    await harness.timers.fireNext();
    await harness.idle();
    expect(FakeNotification.instances).toHaveLength(1);
  });

  it('sends due reminders to the page when notifications are unsupported', async () => {
    FakeNotification.supported = false;
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    expect(FakeNotification.instances).toHaveLength(0);
    const dueEvents = harness.sent.filter((event) => event.channel === 'reminders:due-in-app');
    expect(dueEvents).toHaveLength(1);
    expect(dueEvents[0]?.payload).toMatchObject({ items: [{ reminderId: 'rhythm-1', kind: 'rhythm' }] });
    expect(harness.window.reveal).toHaveBeenCalledTimes(1);
    // Handed over once.
    const taken = await harness.service.handlers['reminders:take-in-app'](undefined);
    expect(taken.notifications).toHaveLength(1);
    expect((await harness.service.handlers['reminders:take-in-app'](undefined)).notifications).toEqual([]);
    expect(await harness.service.handlers['reminders:status'](undefined)).toMatchObject({
      notificationsSupported: false,
      lastDeliveryProblem: 'This system cannot show notifications.',
    });
  });

  it('sends a notification the system refused to the page as well', async () => {
    FakeNotification.behaviour = 'fail';
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    expect(harness.sent.filter((event) => event.channel === 'reminders:due-in-app')).toHaveLength(1);
    const status = await harness.service.handlers['reminders:status'](undefined);
    expect(status.lastDeliveryProblem).toContain('Toast refused');
  });

  it('does not fire again after a restart from the stored file', async () => {
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    expect(FakeNotification.instances).toHaveLength(1);
    const service = harness.restart();
    await service.start();
    await harness.idle();
    expect(FakeNotification.instances).toHaveLength(1);
    const list = await service.handlers['reminders:list'](undefined);
    expect(list.reminders[0]).toMatchObject({
      next: '2024-12-03T22:30:00.000Z',
      nextLabel: 'Next: Tue 3 Dec, 17:30',
    });
  });

  it('moves a corrupt reminders file aside, starts empty and reports where it went', async () => {
    const file = path.join(harness.filesDir, 'reminders.json');
    await writeFile(file, '{"version": 1, "reminders": "oops"');
    await harness.service.start();
    const status = await harness.service.handlers['reminders:status'](undefined);
    expect(status.corruptFileMovedTo).toMatch(/reminders\.json\.corrupt-2024-12-02T17-00-00-000Z$/);
    const files = await readdir(harness.filesDir);
    expect(files).toContain(path.basename(status.corruptFileMovedTo ?? ''));
    expect(await readFile(status.corruptFileMovedTo ?? '', 'utf8')).toBe(
      '{"version": 1, "reminders": "oops"',
    );
    expect((await harness.service.handlers['reminders:list'](undefined)).reminders).toEqual([]);
  });

  it('stays quiet when the page reported a reflection since the start of that day', async () => {
    await addAndStart(reminder({ quietIfReflected: 'day' }));
    await harness.service.handlers['reminders:reflection-saved']({
      latestReflectionAt: '2024-12-02T15:00:00.000Z',
    });
    await harness.jumpTo(MONDAY_1730);
    expect(FakeNotification.instances).toHaveLength(0);
    harness.setLatestReflection('2024-12-02T04:00:00.000Z'); // the evening before, local time
    await harness.jumpTo('2024-12-03T22:30:00.000Z');
    expect(FakeNotification.instances).toHaveLength(1);
  });

  it('snoozes from a notification button on macOS', async () => {
    await harness.dispose();
    harness = await createServiceHarness({ platform: 'darwin' });
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    const [shown] = FakeNotification.instances;
    expect(shown?.options.actions?.map((action) => action.text)).toEqual([
      'Snooze 10 minutes',
      'Snooze 1 hour',
      'Tomorrow morning',
    ]);
    shown?.emit('action', { actionIndex: 1 }, 1);
    await vi.waitFor(async () => {
      const [snoozed] = (await harness.service.handlers['reminders:list'](undefined)).reminders;
      expect(snoozed?.reminder.snoozedUntil).toBeDefined();
    });
    const [listed] = (await harness.service.handlers['reminders:list'](undefined)).reminders;
    expect(listed?.reminder.snoozedUntil).toBe('2024-12-02T23:30:00.000Z');
    await harness.jumpTo('2024-12-02T23:31:00.000Z');
    expect(FakeNotification.instances).toHaveLength(2);
  });

  it('keeps notifications without buttons on Linux', async () => {
    await addAndStart(reminder());
    await harness.jumpTo(MONDAY_1730);
    expect(FakeNotification.instances[0]?.options.actions).toBeUndefined();
  });

  it('pauses, marks done, removes and keeps quiet hours through its handlers', async () => {
    const followUp = reminder({
      id: 'f',
      kind: 'follow-up',
      schedule: { type: 'once', date: '2024-12-09', time: '09:00' },
    });
    await addAndStart(reminder(), followUp);
    const { handlers } = harness.service;
    expect((await handlers['reminders:set-paused']({ id: 'rhythm-1', paused: true })).reminder.paused).toBe(
      true,
    );
    expect((await handlers['reminders:done']({ id: 'f' })).reminder.done).toBe(true);
    const quietHours = { enabled: true, start: '22:00', end: '07:00' };
    await expect(handlers['reminders:set-quiet-hours']({ quietHours })).resolves.toEqual(quietHours);
    await expect(handlers['reminders:get-quiet-hours'](undefined)).resolves.toEqual(quietHours);
    await handlers['reminders:remove']({ id: 'f' });
    const list = await handlers['reminders:list'](undefined);
    expect(list.reminders.map((view) => [view.reminder.id, view.next, view.nextLabel])).toEqual([
      ['rhythm-1', null, null],
    ]);
    const saved = JSON.parse(
      await readFile(path.join(harness.filesDir, 'reminders.json'), 'utf8'),
    ) as unknown;
    expect(saved).toMatchObject({ quietHours, reminders: [{ id: 'rhythm-1', paused: true }] });
  });

  it('sends a test notification and reports the outcome', async () => {
    await expect(harness.service.handlers['reminders:send-test'](undefined)).resolves.toEqual({
      outcome: 'shown',
    });
    FakeNotification.supported = false;
    await expect(harness.service.handlers['reminders:send-test'](undefined)).resolves.toEqual({
      outcome: 'unsupported',
    });
    FakeNotification.supported = true;
    FakeNotification.behaviour = 'fail';
    await expect(harness.service.handlers['reminders:send-test'](undefined)).resolves.toMatchObject({
      outcome: 'failed',
      detail: expect.stringContaining('Toast refused'),
    });
  });
});
