import type { ReminderListEntry } from '../reminders/reminderEngine';
import { formatNextTime } from '../reminders/recurrence';
import type { ReminderView } from './remindersContract';

/** The engine's list as the page shows it; both platforms use this, so the wording is the same. */
export function toReminderViews(entries: readonly ReminderListEntry[]): ReminderView[] {
  return entries.map(({ reminder, next, firedAt }) => ({
    reminder,
    next,
    nextLabel: next === null ? null : `Next: ${formatNextTime(new Date(next), reminder.timeZone)}`,
    ...(firedAt === null
      ? {}
      : { firedAt, firedLabel: `Fired: ${formatNextTime(new Date(firedAt), reminder.timeZone)}` }),
  }));
}
