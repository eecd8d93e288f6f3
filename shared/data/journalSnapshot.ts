import type { Person } from '../domain/personSchema';
import type { Preparation } from '../domain/preparationSchema';
import {
  builtInPrinciples,
  resolvePrinciples,
  type PrincipleSetting,
  type ResolvedPrinciple,
} from '../domain/principles';
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
  /** Plans made before a conversation; each may name the reflection that looked back on it. */
  readonly preparations: Preparation[];
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

/**
 * Each principle's title as the snapshot's own settings give it. A pseudonymised snapshot has names
 * removed from renamed and custom principles, while the list the page passes in still has them.
 */
export function principleTitlesOf(
  snapshot: JournalSnapshot,
  principles: readonly ResolvedPrinciple[],
): Map<string, string> {
  const own = new Map(
    resolvePrinciples(builtInPrinciples, snapshot.principleSettings).map(({ id, title }) => [id, title]),
  );
  return new Map(principles.map(({ id, title }) => [id, own.get(id) ?? title]));
}
