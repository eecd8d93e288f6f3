import { createContext, useContext } from 'react';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { buildFollowUpReminder, followUpReminderId } from '../../../shared/reminders/followUpReminder';
import type { RemindersPlatform } from '../../platform/JournalPlatform';

/** Whether "Remind me" is ticked for the next step's follow-up date; on by default. */
export interface FollowUpReminderChoice {
  remind: boolean;
  setRemind: (remind: boolean) => void;
}

export const FollowUpReminderContext = createContext<FollowUpReminderChoice>({
  remind: true,
  setRemind: () => undefined,
});

export const useFollowUpReminderChoice = () => useContext(FollowUpReminderContext);

/**
 * Creates, updates or removes the follow-up reminder of a saved reflection. A follow-up already
 * marked done for the same time stays done, so editing the reflection does not bring it back.
 */
export async function syncFollowUpReminder(
  reminders: RemindersPlatform,
  reflection: Reflection,
  remind: boolean,
  now: Date,
): Promise<'set' | 'removed' | 'unchanged'> {
  const id = followUpReminderId(reflection.id);
  const existing = (await reminders.list()).find((view) => view.reminder.id === id)?.reminder;
  const { followUpAt, text, timeZone } = reflection.nextStep;
  if (!remind || followUpAt === null) {
    if (!existing) return 'unchanged';
    await reminders.remove(id);
    return 'removed';
  }
  const wanted = buildFollowUpReminder({ reflectionId: reflection.id, text, followUpAt, timeZone, now });
  const sameTime =
    existing?.schedule.type === 'once' &&
    wanted.schedule.type === 'once' &&
    existing.schedule.date === wanted.schedule.date &&
    existing.schedule.time === wanted.schedule.time;
  if (existing?.done && sameTime) return 'unchanged';
  await reminders.upsert(existing ? { ...wanted, createdAt: existing.createdAt } : wanted);
  return 'set';
}
