import type { DueGroup } from './collapseMissed';
import { firedKey, pruneFiredLog } from './firedLog';
import { withoutSnooze } from './reminderMutations';
import type { RemindersState } from './reminderSchema';

/**
 * The state to persist before anything is shown: every due occurrence marked fired (shown or
 * skipped alike, so neither comes back), elapsed snoozes cleared and the window moved to now.
 * One-off reminders need no extra flag: their single instant is now fired and behind the window.
 */
export function recordEvaluation(
  state: RemindersState,
  due: readonly DueGroup[],
  nowMs: number,
): RemindersState {
  const newKeys = due.flatMap(({ reminder, occurrences }) =>
    occurrences.map((instant) => firedKey(reminder.id, instant)),
  );
  const reminders = state.reminders.map((reminder) => {
    if (reminder.snoozedUntil === undefined || Date.parse(reminder.snoozedUntil) > nowMs) return reminder;
    // Paused or done reminders lose an elapsed snooze too, so it cannot fire on unpause.
    return withoutSnooze(reminder);
  });
  return {
    ...state,
    reminders,
    // Pruning only when keys are added keeps the every-minute tick cheap.
    fired: newKeys.length > 0 ? pruneFiredLog([...state.fired, ...newKeys], nowMs) : state.fired,
    lastEvaluatedAt: new Date(nowMs).toISOString(),
  };
}
