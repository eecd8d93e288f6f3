import type { Person } from '../domain/personSchema';
import type { PrincipleSetting } from '../domain/principles';
import type { Reflection } from '../domain/reflectionSchema';
import type { Reminder } from '../reminders/reminderSchema';

/**
 * Everything one journal holds that travels in an export or a backup. Only follow-ups belong in
 * `reminders`: reminders tied to a reflection through `reflectionId`. Rhythm reminders are app
 * settings of this computer, not part of what a person wrote.
 */
export interface JournalSnapshot {
  readonly people: Person[];
  readonly principleSettings: PrincipleSetting[];
  readonly reflections: Reflection[];
  readonly reminders: Reminder[];
}

/** Keeps the reminders that belong in a snapshot: those tied to one of its reflections. */
export function remindersTiedToReflections(
  reminders: readonly Reminder[],
  reflections: readonly Pick<Reflection, 'id'>[],
): Reminder[] {
  const reflectionIds = new Set(reflections.map(({ id }) => id));
  return reminders.filter(
    (reminder) => reminder.reflectionId !== undefined && reflectionIds.has(reminder.reflectionId),
  );
}
