import type { DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import type { ReminderKind, Schedule } from '../../../shared/reminders/reminderSchema';
import { currentDateTimeStyle } from '../dateTime/currentDateTimeStyle';
import { formatCalendarDate, formatClockTime } from '../journal/formatJournalDate';

/** Weekday names by the schedule's numbering (0 = Sunday). */
export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Monday first, as the week starts on Monday everywhere else in the app. */
export const WEEKDAYS_MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

export const KIND_LABELS: Record<ReminderKind, string> = {
  rhythm: 'Rhythm',
  'follow-up': 'Follow-up',
  'after-conversation': 'After a conversation',
};

function dayList(days: readonly number[]): string {
  const sorted = WEEKDAYS_MONDAY_FIRST.filter((day) => days.includes(day));
  if (sorted.length === 7) return 'every day';
  if (sorted.length === 5 && !days.includes(0) && !days.includes(6)) return 'weekdays';
  const names = sorted.map((day) => (WEEKDAY_NAMES[day] ?? '').slice(0, 3));
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** "Every day at 17:30", "Mon, Wed and Fri at 08:00", "Once on 2 Dec 2024 at 17:30", in the chosen format. */
export function describeSchedule(schedule: Schedule, style: DateTimeStyle = currentDateTimeStyle()): string {
  const at = formatClockTime(schedule.time, style);
  switch (schedule.type) {
    case 'daily':
      return `Every day at ${at}`;
    case 'weekdays': {
      const days = dayList(schedule.days);
      return days === 'every day' ? `Every day at ${at}` : `On ${days} at ${at}`;
    }
    case 'weekly':
      return `Every ${WEEKDAY_NAMES[schedule.day] ?? ''} at ${at}`;
    case 'once':
      return `Once on ${formatCalendarDate(schedule.date, style)} at ${at}`;
  }
}
