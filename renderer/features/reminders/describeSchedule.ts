import type { ReminderKind, Schedule } from '../../../shared/reminders/reminderSchema';

/** Weekday names by the schedule's numbering (0 = Sunday). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Monday first, as the week starts on Monday everywhere else in the app. */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

export const KIND_LABELS: Record<ReminderKind, string> = {
  rhythm: 'Rhythm',
  'follow-up': 'Follow-up',
  'after-conversation': 'After a conversation',
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayList(days: readonly number[]): string {
  const sorted = WEEKDAYS_MONDAY_FIRST.filter((day) => days.includes(day));
  if (sorted.length === 7) return 'every day';
  if (sorted.length === 5 && !days.includes(0) && !days.includes(6)) return 'weekdays';
  const names = sorted.map((day) => (WEEKDAY_NAMES[day] ?? '').slice(0, 3));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function dateInWords(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day ?? ''} ${MONTHS[(month ?? 1) - 1] ?? ''} ${year ?? ''}`;
}

/** "Every day at 17:30", "Mon, Wed and Fri at 08:00", "Once on 2 Dec 2024 at 17:30". */
export function describeSchedule(schedule: Schedule): string {
  switch (schedule.type) {
    case 'daily':
      return `Every day at ${schedule.time}`;
    case 'weekdays': {
      const days = dayList(schedule.days);
      return days === 'every day' ? `Every day at ${schedule.time}` : `On ${days} at ${schedule.time}`;
    }
    case 'weekly':
      return `Every ${WEEKDAY_NAMES[schedule.day] ?? ''} at ${schedule.time}`;
    case 'once':
      return `Once on ${dateInWords(schedule.date)} at ${schedule.time}`;
  }
}
