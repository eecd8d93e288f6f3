import type { Reminder, RemindersState } from './reminderSchema';

// Pure state edits behind the engine's UI mutations; the engine validates and persists the result.

function unknownId(id: string): Error {
  return new Error(`No reminder with id "${id}"`);
}

/** Replaces the reminder with the same id, or appends it. */
export function upsertReminder(state: RemindersState, reminder: Reminder): RemindersState {
  const index = state.reminders.findIndex((existing) => existing.id === reminder.id);
  const reminders = index === -1 ? [...state.reminders, reminder] : state.reminders.with(index, reminder);
  return { ...state, reminders };
}

export function removeReminder(state: RemindersState, id: string): RemindersState {
  if (!state.reminders.some((reminder) => reminder.id === id)) throw unknownId(id);
  return { ...state, reminders: state.reminders.filter((reminder) => reminder.id !== id) };
}

/** Applies `change` to one reminder; throws if the id is unknown. */
export function updateReminder(
  state: RemindersState,
  id: string,
  change: (reminder: Reminder) => Reminder,
): { state: RemindersState; reminder: Reminder } {
  const index = state.reminders.findIndex((reminder) => reminder.id === id);
  const current = state.reminders[index];
  if (current === undefined) throw unknownId(id);
  const reminder = change(current);
  return { state: { ...state, reminders: state.reminders.with(index, reminder) }, reminder };
}

/** A copy of `reminder` without a pending snooze. */
export function withoutSnooze(reminder: Reminder): Reminder {
  const { snoozedUntil: _cleared, ...rest } = reminder;
  return rest;
}

/** A deep copy, so callers cannot reach into the engine's saved state by mutating what it returns. */
export function copyReminder(reminder: Reminder): Reminder {
  const { schedule } = reminder;
  return {
    ...reminder,
    schedule: schedule.type === 'weekdays' ? { ...schedule, days: [...schedule.days] } : { ...schedule },
  };
}
