import { describe, expect, it, vi } from 'vitest';
import type { RemindersPlatform } from '../../../../renderer/platform/JournalPlatform';
import { lazyReminders } from '../../../../renderer/platform/lazyReminders';

function fakeReminders() {
  const changedListeners = new Set<() => void>();
  const reminders = {
    list: vi.fn(async () => []),
    getQuietHours: vi.fn(async () => ({ enabled: false, start: '22:00', end: '07:00' })),
    onChanged: vi.fn((listener: () => void) => {
      changedListeners.add(listener);
      return () => changedListeners.delete(listener);
    }),
  } as unknown as RemindersPlatform;
  return { reminders, changed: () => changedListeners.forEach((listener) => listener()) };
}

describe('reminders loaded on first use', () => {
  it('loads once, on the first call, and forwards every call to what it loaded', async () => {
    const { reminders } = fakeReminders();
    const load = vi.fn(async () => reminders);
    const lazy = lazyReminders(load);
    expect(load).not.toHaveBeenCalled();
    await Promise.all([lazy.list(), lazy.getQuietHours()]);
    await lazy.list();
    expect(load).toHaveBeenCalledTimes(1);
    expect(reminders.list).toHaveBeenCalledTimes(2);
    expect(reminders.getQuietHours).toHaveBeenCalledTimes(1);
  });

  it('subscribes once loaded, and a subscription ended before that never starts', async () => {
    const { reminders, changed } = fakeReminders();
    const lazy = lazyReminders(async () => reminders);
    const kept = vi.fn();
    const dropped = vi.fn();
    const unsubscribeKept = lazy.onChanged(kept);
    lazy.onChanged(dropped)();
    await vi.waitFor(() => expect(reminders.onChanged).toHaveBeenCalledTimes(1));
    changed();
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
    unsubscribeKept();
    changed();
    expect(kept).toHaveBeenCalledTimes(1);
  });

  it('passes a failed load on to the caller, and tries again on the next call', async () => {
    const { reminders } = fakeReminders();
    const load = vi
      .fn<() => Promise<RemindersPlatform>>()
      .mockRejectedValueOnce(new Error('chunk missing'))
      .mockResolvedValue(reminders);
    const lazy = lazyReminders(load);
    await expect(lazy.list()).rejects.toThrow('chunk missing');
    await expect(lazy.list()).resolves.toEqual([]);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
