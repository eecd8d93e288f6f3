import type { Preparation } from '../../../shared/domain/preparationSchema';
import {
  afterConversationReminderId,
  buildAfterConversationReminder,
} from '../../../shared/reminders/afterConversationReminder';
import type { RemindersPlatform } from '../../platform/JournalPlatform';

export type ReminderSyncResult = 'set' | 'removed' | 'done' | 'unchanged';

/**
 * Keeps a preparation's after-conversation reminder in step with it: a ready plan with a time has
 * one at the planned time plus its offset; a reflected plan's reminder is marked done; a plan in
 * the Trash, without a time or back to draft has none. One that is done for the same time stays done.
 */
export async function syncAfterConversationReminder(
  reminders: RemindersPlatform,
  preparation: Preparation,
  personNames: readonly string[],
  now: Date,
): Promise<ReminderSyncResult> {
  const id = afterConversationReminderId(preparation.id);
  const existing = (await reminders.list()).find((view) => view.reminder.id === id)?.reminder;
  if (preparation.reflectionId !== null) {
    if (existing === undefined || existing.done) return 'unchanged';
    await reminders.done(id);
    return 'done';
  }
  if (preparation.deletedAt !== null || preparation.plannedAt === null || preparation.status !== 'ready') {
    if (existing === undefined) return 'unchanged';
    await reminders.remove(id);
    return 'removed';
  }
  const wanted = buildAfterConversationReminder({
    preparationId: preparation.id,
    personNames,
    plannedAt: preparation.plannedAt,
    timeZone: preparation.timeZone,
    remindAfterMinutes: preparation.remindAfterMinutes,
    now,
  });
  const sameTime =
    existing?.schedule.type === 'once' &&
    wanted.schedule.type === 'once' &&
    existing.schedule.date === wanted.schedule.date &&
    existing.schedule.time === wanted.schedule.time;
  if (existing?.done && sameTime) return 'unchanged';
  await reminders.upsert(existing ? { ...wanted, createdAt: existing.createdAt } : wanted);
  return 'set';
}

/** Reflecting on a plan ends its after-conversation reminder: it has done its job. */
export async function finishAfterConversationReminder(
  reminders: RemindersPlatform,
  preparationId: string,
): Promise<void> {
  const id = afterConversationReminderId(preparationId);
  const existing = (await reminders.list()).find((view) => view.reminder.id === id)?.reminder;
  if (existing !== undefined && !existing.done) await reminders.done(id);
}

/** A plan deleted forever takes its after-conversation reminder with it, done or not. */
export async function removeAfterConversationReminder(
  reminders: RemindersPlatform,
  preparationId: string,
): Promise<void> {
  const id = afterConversationReminderId(preparationId);
  const existing = (await reminders.list()).find((view) => view.reminder.id === id);
  if (existing !== undefined) await reminders.remove(id);
}

/**
 * Whether an autosave changed what a plan's reminder depends on, so the reminder must follow it:
 * only for a plan that is or was ready (a draft never has one), and only when its time, zone,
 * offset, people or readiness changed, so ordinary typing does not touch the reminders.
 */
export function autosaveMovesReminder(before: Preparation | undefined, saved: Preparation): boolean {
  if (before?.status !== 'ready' && saved.status !== 'ready') return false;
  if (before === undefined) return true;
  return (
    before.status !== saved.status ||
    before.plannedAt !== saved.plannedAt ||
    before.timeZone !== saved.timeZone ||
    before.remindAfterMinutes !== saved.remindAfterMinutes ||
    before.personIds.join(',') !== saved.personIds.join(',')
  );
}
