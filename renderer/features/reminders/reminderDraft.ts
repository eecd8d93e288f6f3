import { newTimeOrderedId } from '../../../shared/domain/timeOrderedId';
import {
  deviceTimeZone,
  localPartsOf,
  parseCalendarDay,
  parseWallClock,
  wallTimeToInstant,
} from '../../../shared/domain/localDateTime';
import {
  calendarDateSchema,
  wallTimeSchema,
  type Reminder,
  type ReminderKind,
} from '../../../shared/reminders/reminderSchema';

export type RepeatChoice = 'daily' | 'weekdays' | 'weekly';

/** What the form edits: plain strings and choices, turned into a Reminder only on save. */
export interface ReminderDraft {
  title: string;
  kind: ReminderKind;
  repeat: RepeatChoice;
  days: number[];
  weeklyDay: number;
  date: string;
  time: string;
  quietIfReflected: boolean;
}

export type DraftErrors = Partial<Record<'title' | 'days' | 'date' | 'time', string>>;

const pad = (value: number) => String(value).padStart(2, '0');

// The page reads the device zone from the one clock module; re-exported for the forms' imports.
export { deviceTimeZone };

export function todayIn(timeZone: string, nowMs: number): string {
  const { year, month, day } = localPartsOf(nowMs, timeZone);
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function emptyDraft(timeZone: string, nowMs: number): ReminderDraft {
  return {
    title: '',
    kind: 'rhythm',
    repeat: 'daily',
    days: [1, 2, 3, 4, 5],
    weeklyDay: 5,
    date: todayIn(timeZone, nowMs),
    time: '17:30',
    quietIfReflected: true,
  };
}

/** The form's view of an existing reminder; fields its schedule does not use get defaults. */
export function draftFromReminder(reminder: Reminder, nowMs: number): ReminderDraft {
  const draft: ReminderDraft = {
    ...emptyDraft(reminder.timeZone, nowMs),
    title: reminder.title,
    kind: reminder.kind,
    time: reminder.schedule.time,
    quietIfReflected: reminder.quietIfReflected !== 'none',
  };
  const { schedule } = reminder;
  if (schedule.type === 'once') return { ...draft, date: schedule.date };
  if (schedule.type === 'weekdays') return { ...draft, repeat: 'weekdays', days: [...schedule.days] };
  if (schedule.type === 'weekly') return { ...draft, repeat: 'weekly', weeklyDay: schedule.day };
  return { ...draft, repeat: 'daily' };
}

/** Rhythm reminders repeat; follow-ups and after-a-conversation reminders happen once. */
export const isRepeating = (kind: ReminderKind) => kind === 'rhythm';

function scheduleOf(draft: ReminderDraft): Reminder['schedule'] {
  if (!isRepeating(draft.kind)) return { type: 'once', date: draft.date, time: draft.time };
  if (draft.repeat === 'weekdays')
    return { type: 'weekdays', days: [...draft.days].sort((a, b) => a - b), time: draft.time };
  if (draft.repeat === 'weekly') return { type: 'weekly', day: draft.weeklyDay, time: draft.time };
  return { type: 'daily', time: draft.time };
}

/**
 * Problems a person can fix in the form, worded for them. A one-off time in the past is refused
 * only when the schedule was changed, so an old reminder's title can still be edited.
 */
export function validateDraft(
  draft: ReminderDraft,
  options: { timeZone: string; nowMs: number; original?: Reminder },
): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.title.trim() === '') errors.title = 'Give the reminder a title.';
  else if (draft.title.trim().length > 200) errors.title = 'Keep the title to 200 characters.';
  // The engine's own schemas, so the form accepts exactly what the engine will.
  if (!wallTimeSchema.safeParse(draft.time).success) errors.time = 'Enter a time such as 17:30.';
  if (isRepeating(draft.kind)) {
    if (draft.repeat === 'weekdays' && draft.days.length === 0) errors.days = 'Pick at least one day.';
    return errors;
  }
  if (!calendarDateSchema.safeParse(draft.date).success) {
    errors.date = 'Enter a date.';
    return errors;
  }
  const unchanged =
    options.original !== undefined &&
    JSON.stringify(options.original.schedule) === JSON.stringify(scheduleOf(draft));
  if (errors.time === undefined && !unchanged) {
    const at = wallTimeToInstant(parseCalendarDay(draft.date), parseWallClock(draft.time), options.timeZone);
    if (at <= options.nowMs) errors.date = 'That time has already passed. Pick a time from now on.';
  }
  return errors;
}

/** The reminder to save: a new one gets an id, the device zone and a creation time; an edit keeps its own. */
export function reminderFromDraft(
  draft: ReminderDraft,
  options: { timeZone: string; now: Date; original?: Reminder },
): Reminder {
  const { original } = options;
  const quiet =
    isRepeating(draft.kind) && draft.quietIfReflected ? (draft.repeat === 'weekly' ? 'week' : 'day') : 'none';
  const schedule = scheduleOf(draft);
  // A new time is a fresh start: a finished or snoozed reminder that is rescheduled fires again.
  const rescheduled =
    original !== undefined && JSON.stringify(original.schedule) !== JSON.stringify(schedule);
  const base: Reminder = {
    id: original?.id ?? newTimeOrderedId(options.now),
    kind: draft.kind,
    title: draft.title.trim(),
    schedule,
    timeZone: original?.timeZone ?? options.timeZone,
    paused: original?.paused ?? false,
    quietIfReflected: quiet,
    done: rescheduled ? false : (original?.done ?? false),
    createdAt: original?.createdAt ?? options.now.toISOString(),
  };
  if (original?.body !== undefined) base.body = original.body;
  if (original?.reflectionId !== undefined) base.reflectionId = original.reflectionId;
  if (original?.snoozedUntil !== undefined && !rescheduled) base.snoozedUntil = original.snoozedUntil;
  return base;
}
