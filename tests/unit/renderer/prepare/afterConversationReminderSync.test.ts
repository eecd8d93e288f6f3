import { describe, expect, it } from 'vitest';
import { createDraftPreparation, type Preparation } from '../../../../shared/domain/preparationSchema';
import { parseReminder, type Reminder } from '../../../../shared/reminders/reminderSchema';
import type { RemindersPlatform } from '../../../../renderer/platform/JournalPlatform';
import {
  finishAfterConversationReminder,
  syncAfterConversationReminder,
} from '../../../../renderer/features/prepare/afterConversationReminderSync';

const now = new Date('2026-03-10T09:00:00Z');
const TOM = '019ce0a2-5d40-7000-8000-000000000010';

/** The reminder calls the sync makes, over an in-memory list that validates as the engine does. */
function fakeReminders() {
  const stored = new Map<string, Reminder>();
  const platform = {
    list: async () => [...stored.values()].map((reminder) => ({ reminder })),
    upsert: async (reminder: Reminder) => {
      const valid = parseReminder(reminder);
      stored.set(valid.id, valid);
      return valid;
    },
    remove: async (id: string) => {
      stored.delete(id);
    },
    done: async (id: string) => {
      const reminder = stored.get(id);
      if (reminder === undefined) throw new Error('No such reminder');
      stored.set(id, { ...reminder, done: true });
      return reminder;
    },
  } as unknown as RemindersPlatform;
  return { platform, stored };
}

function readyPlan(overrides: Partial<Preparation> = {}): Preparation {
  return {
    ...createDraftPreparation({ now, timeZone: 'Europe/London' }),
    status: 'ready',
    personIds: [TOM],
    goal: 'A date',
    plannedAt: '2026-03-10T14:00',
    ...overrides,
  };
}

describe('the reminder a preparation keeps in step', () => {
  it('is set for a ready plan with a time, and follows a new time', async () => {
    const { platform, stored } = fakeReminders();
    const plan = readyPlan();
    expect(await syncAfterConversationReminder(platform, plan, ['Tom'], now)).toBe('set');
    expect([...stored.values()]).toMatchObject([
      {
        title: 'How did the conversation with Tom go?',
        schedule: { type: 'once', date: '2026-03-10', time: '14:30' },
        preparationId: plan.id,
      },
    ]);
    await syncAfterConversationReminder(platform, { ...plan, plannedAt: '2026-03-11T09:00' }, ['Tom'], now);
    expect([...stored.values()]).toMatchObject([{ schedule: { date: '2026-03-11', time: '09:30' } }]);
  });

  it('is removed when the plan goes to the Trash, loses its time or is a draft again', async () => {
    for (const change of [
      { deletedAt: '2026-03-10T10:00:00.000Z' },
      { plannedAt: null },
      { status: 'draft' as const },
    ]) {
      const { platform, stored } = fakeReminders();
      const plan = readyPlan();
      await syncAfterConversationReminder(platform, plan, ['Tom'], now);
      expect(await syncAfterConversationReminder(platform, { ...plan, ...change }, ['Tom'], now)).toBe(
        'removed',
      );
      expect(stored.size).toBe(0);
    }
  });

  it('is marked done once the plan is reflected on, and stays done', async () => {
    const { platform, stored } = fakeReminders();
    const plan = readyPlan();
    await syncAfterConversationReminder(platform, plan, ['Tom'], now);
    await finishAfterConversationReminder(platform, plan.id);
    expect([...stored.values()][0]?.done).toBe(true);
    const reflected = { ...plan, reflectionId: '019ce0a2-5d40-7000-8000-0000000000aa' };
    expect(await syncAfterConversationReminder(platform, reflected, ['Tom'], now)).toBe('unchanged');
    expect([...stored.values()][0]?.done).toBe(true);
  });
});
