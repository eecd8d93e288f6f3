import { describe, expect, it, vi } from 'vitest';
import { createCheckedHandler, type IpcHandlers } from '../../../electron/ipc/registerIpcHandlers';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import { appRouteSchema, eventContract } from '../../../shared/ipc/contract';
import { routeForNotification } from '../../../shared/ipc/reminderRoutes';
import { REFLECTION_ID, reminder } from './reminderServiceKit';

const fromApp = { senderFrame: { url: 'app://journal/index.html' } };

function checked<C extends InvokeChannel>(channel: C, handler: IpcHandlers[C]) {
  return createCheckedHandler(channel, handler, 'app://journal', vi.fn());
}

describe('reminder and settings channels validate what the page sends', () => {
  it('rejects a time of 25:00 and names the field', async () => {
    const upsert = vi.fn(async ({ reminder: value }: { reminder: ReturnType<typeof reminder> }) => ({
      reminder: value,
    }));
    const handle = checked('reminders:upsert', upsert);
    const bad = reminder({ schedule: { type: 'daily', time: '25:00' } });
    const result = await handle(fromApp, { reminder: bad });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'Invalid request for reminders:upsert: reminder.schedule.time: Time must be HH:mm between 00:00 and 23:59',
      },
    });
    expect(upsert).not.toHaveBeenCalled();
    await expect(handle(fromApp, { reminder: reminder() })).resolves.toMatchObject({ ok: true });
  });

  it('rejects unknown fields, bad snooze options, non-boolean pause and a zone that is not IANA', async () => {
    const never = vi.fn();
    const snooze = await checked('reminders:snooze', never)(fromApp, { id: 'a', option: '3d' });
    expect(snooze).toMatchObject({
      ok: false,
      error: {
        message: expect.stringContaining('option: Snooze option must be one of 10m, 1h, tomorrow-morning'),
      },
    });
    const pause = await checked('reminders:set-paused', never)(fromApp, { id: 'a', paused: 'yes' });
    expect(pause).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('paused: Paused must be true or false') },
    });
    const extra = await checked('reminders:remove', never)(fromApp, { id: 'a', force: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const zone = await checked('reminders:upsert', never)(fromApp, {
      reminder: reminder({ timeZone: '+01:00' }),
    });
    expect(zone).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('reminder.timeZone') },
    });
    const quiet = await checked('reminders:set-quiet-hours', never)(fromApp, {
      quietHours: { enabled: true, start: '22:00', end: '7:00' },
    });
    expect(quiet).toMatchObject({ ok: false, error: { message: expect.stringContaining('quietHours.end') } });
    const latest = await checked('reminders:reflection-saved', never)(fromApp, {
      latestReflectionAt: 'yesterday',
    });
    expect(latest).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('latestReflectionAt') },
    });
    expect(never).not.toHaveBeenCalled();
  });

  it('accepts a settings change of one setting and refuses an empty or unknown one', async () => {
    const update = vi.fn(() => ({
      settings: { keepRunningInBackground: false, startAtLogin: false },
      supports: { keepRunningInBackground: true, startAtLogin: true },
    }));
    const handle = checked('settings:update', update);
    await expect(handle(fromApp, { startAtLogin: false })).resolves.toMatchObject({ ok: true });
    await expect(handle(fromApp, {})).resolves.toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('Settings update must change at least one setting') },
    });
    await expect(handle(fromApp, { openDevTools: true })).resolves.toMatchObject({ ok: false });
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('refuses calls from anywhere but the app page', async () => {
    const list = vi.fn(async () => ({ reminders: [] }));
    const result = await checked('reminders:list', list)(
      { senderFrame: { url: 'https://evil.example/' } },
      undefined,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(list).not.toHaveBeenCalled();
  });
});

describe('routes main may send the page to', () => {
  it('allows the fixed pages and one reflection by UUID, nothing else', () => {
    expect(appRouteSchema.safeParse('/reminders').success).toBe(true);
    expect(appRouteSchema.safeParse(`/reflections/${REFLECTION_ID}`).success).toBe(true);
    for (const bad of [
      '/reflections/',
      '/reflections/abc',
      `/reflections/${REFLECTION_ID}/../../x`,
      'https://evil.example/',
    ])
      expect(appRouteSchema.safeParse(bad).success, bad).toBe(false);
    expect(eventContract['app:navigate'].safeParse({ route: `/reflections/${REFLECTION_ID}` }).success).toBe(
      true,
    );
  });

  it('sends a follow-up without a valid reflection id to the Reminders page', () => {
    const item = {
      reminderId: 'f',
      kind: 'follow-up' as const,
      title: 'Follow up',
      occurrence: '2024-12-02T22:30:00.000Z',
      missedCount: 0,
    };
    expect(routeForNotification({ title: 'Follow up', body: '', items: [item] })).toBe('/reminders');
    expect(
      routeForNotification({ title: 'Follow up', body: '', items: [{ ...item, reflectionId: 'x/../y' }] }),
    ).toBe('/reminders');
    expect(
      routeForNotification({
        title: 'Follow up',
        body: '',
        items: [{ ...item, kind: 'after-conversation' }],
      }),
    ).toBe('/new');
  });
});
