import type { Reminder, ReminderKind } from './reminderSchema';

/** One reminder inside a notification: its latest due occurrence and how many earlier ones it stands for. */
export interface DueItem {
  reminderId: string;
  kind: ReminderKind;
  title: string;
  body?: string;
  reflectionId?: string;
  preparationId?: string;
  /** ISO instant of the latest due occurrence. */
  occurrence: string;
  /** Earlier occurrences of the same reminder that were missed and are folded into this one. */
  missedCount: number;
}

/** Everything due at one moment, as a single notification the notifier can show as-is. */
export interface DueNotification {
  title: string;
  body: string;
  items: DueItem[];
}

/** A reminder with the instants (epoch ms) at which it is due now. */
export interface DueGroup {
  reminder: Reminder;
  occurrences: number[];
}

function toItem({ reminder, occurrences }: DueGroup): DueItem | null {
  if (occurrences.length === 0) return null;
  const item: DueItem = {
    reminderId: reminder.id,
    kind: reminder.kind,
    title: reminder.title,
    occurrence: new Date(Math.max(...occurrences)).toISOString(),
    missedCount: occurrences.length - 1,
  };
  if (reminder.body !== undefined && reminder.body !== '') item.body = reminder.body;
  if (reminder.reflectionId !== undefined) item.reflectionId = reminder.reflectionId;
  if (reminder.preparationId !== undefined) item.preparationId = reminder.preparationId;
  return item;
}

function withMissed(text: string, missedCount: number): string {
  return missedCount > 0 ? `${text} and ${missedCount} more` : text;
}

/**
 * Folds everything due into one notification: per reminder only the latest occurrence with a
 * count of the rest, and several reminders into one list, so waking from a long sleep does
 * not unleash a burst of notifications.
 */
export function collapseMissed(groups: readonly DueGroup[]): DueNotification | null {
  const items = groups
    .map(toItem)
    .filter((item) => item !== null)
    .sort((a, b) => a.occurrence.localeCompare(b.occurrence) || a.title.localeCompare(b.title));
  const [first] = items;
  if (first === undefined) return null;
  if (items.length === 1) {
    const missedLine = first.missedCount > 0 ? `and ${first.missedCount} more missed` : undefined;
    const body = [first.body, missedLine].filter((line) => line !== undefined).join('\n');
    return { title: first.title, body, items };
  }
  return {
    title: `${items.length} reminders`,
    body: items.map((item) => withMissed(item.title, item.missedCount)).join('\n'),
    items,
  };
}
