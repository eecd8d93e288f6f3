import { parseLocalDateTime } from '../domain/localDateTime';
import type { Preparation } from '../domain/preparationSchema';
import type { Reflection } from '../domain/reflectionSchema';
import type { ExportOptions } from './exportFormat';
import { remindersTiedToReflections, type JournalSnapshot } from './journalSnapshot';

type Selection = Pick<
  ExportOptions,
  'from' | 'to' | 'personIds' | 'principleIds' | 'tags' | 'includePrivate'
>;

/** The local day of a wall-clock time, `YYYY-MM-DD`, or null when there is no readable one. */
function dayOf(localDateTime: string | null): string | null {
  if (localDateTime === null || parseLocalDateTime(localDateTime) === null) return null;
  return localDateTime.slice(0, 10);
}

function isInRange(localDateTime: string | null, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const day = dayOf(localDateTime);
  // A record without a date cannot be shown to fall inside a period, so a period leaves it out.
  if (day === null) return false;
  return (from === null || day >= from) && (to === null || day <= to);
}

function touchesPrinciple(reflection: Reflection, principleIds: ReadonlySet<string>): boolean {
  return Object.entries(reflection.principles).some(
    ([id, entry]) => principleIds.has(id) && (entry.applied === true || entry.rating !== null),
  );
}

/** Whether the options choose this reflection (the Trash never goes out). */
export function keepsReflection(reflection: Reflection, selection: Selection): boolean {
  if (reflection.deletedAt !== null) return false;
  if (reflection.isPrivate && !selection.includePrivate) return false;
  if (!isInRange(reflection.occurredAt, selection.from, selection.to)) return false;
  const { personIds, principleIds, tags } = selection;
  if (personIds !== null && !reflection.personIds.some((id) => personIds.includes(id))) return false;
  if (principleIds !== null && !touchesPrinciple(reflection, new Set(principleIds))) return false;
  if (tags !== null) {
    // Tags are unique ignoring case in the journal, so a filter matches them the same way.
    const wanted = new Set(tags.map((tag) => tag.toLowerCase()));
    if (!reflection.tags.some((tag) => wanted.has(tag.toLowerCase()))) return false;
  }
  return true;
}

/**
 * How many reflections an export with these options holds: what selectForExport(…).reflections.length
 * says, without choosing the people, plans and follow-ups around them (the Data page counts on
 * every change, and after an import of 50,000 the whole selection held the page for a second).
 */
export function countForExport(reflections: readonly Reflection[], selection: Selection): number {
  let count = 0;
  for (const reflection of reflections) if (keepsReflection(reflection, selection)) count += 1;
  return count;
}

/** Everything the journal holds, short of the Trash: the whole journal, as a backup would want it. */
function selectsWholeJournal(selection: Selection): boolean {
  return (
    selection.includePrivate &&
    selection.from === null &&
    selection.to === null &&
    selection.personIds === null &&
    selection.principleIds === null &&
    selection.tags === null
  );
}

/**
 * The part of the journal the options choose. Reflections in the Trash never go out. People are
 * cut down to those the chosen reflections mention, so a coach's export names nobody else; only
 * when nothing is filtered out do people without reflections stay, because then the export is the
 * whole journal. Principle settings always go out whole: reflections refer to principles by id.
 */
export function selectForExport(snapshot: JournalSnapshot, options: Selection): JournalSnapshot {
  const reflections = snapshot.reflections.filter((reflection) => keepsReflection(reflection, options));
  const chosen = new Set(reflections.map(({ id }) => id));
  const leftOut = linkedReflectionsLeftOut(snapshot, chosen);
  return { ...selectAroundReflections(snapshot, reflections, leftOut, options), reflections };
}

type ChosenReflection = Pick<Reflection, 'id' | 'personIds'>;

/**
 * Everything but the reflections, once the reflections are chosen: what an export that reads the
 * reflections part by part needs at its end. `leftOut` are the reflections some plan links to that
 * the journal holds outside the Trash and the choices leave out.
 */
export function selectAroundReflections(
  snapshot: Omit<JournalSnapshot, 'reflections'>,
  reflections: readonly ChosenReflection[],
  leftOut: ReadonlySet<string>,
  options: Selection,
): Omit<JournalSnapshot, 'reflections'> {
  const preparations = selectPreparations(snapshot, reflections, leftOut, options);
  const mentioned = new Set([...reflections, ...preparations].flatMap(({ personIds }) => personIds));
  const people = selectsWholeJournal(options)
    ? [...snapshot.people]
    : snapshot.people.filter(({ id }) => mentioned.has(id));
  return {
    people,
    principleSettings: [...snapshot.principleSettings],
    preparations,
    reminders: remindersTiedToReflections(snapshot.reminders, reflections),
  };
}

/** The reflections some plan links to: those an export must know about even when it leaves them out. */
export function linkedReflectionIds(preparations: readonly Preparation[]): Set<string> {
  return new Set(preparations.flatMap(({ reflectionId }) => reflectionId ?? []));
}

/**
 * The preparations that go with the chosen reflections. A plan has no privacy mark, tags or
 * ratings of its own, so it follows its conversation: one whose reflection is left out (private,
 * another tag or principle) stays out too, and with a principle or tag chosen only plans whose
 * reflection goes out are kept. Otherwise the period (by when it is planned) and the people
 * choose, as they do for reflections; the Trash never goes out.
 */
function selectPreparations(
  snapshot: Pick<JournalSnapshot, 'preparations'>,
  chosenReflections: readonly ChosenReflection[],
  leftOut: ReadonlySet<string>,
  selection: Selection,
): Preparation[] {
  const chosen = new Set(chosenReflections.map(({ id }) => id));
  const byReflection = selection.principleIds !== null || selection.tags !== null;
  const { personIds } = selection;
  return snapshot.preparations.filter((preparation) => {
    const { reflectionId } = preparation;
    if (preparation.deletedAt !== null) return false;
    if (reflectionId !== null && leftOut.has(reflectionId)) return false;
    if (byReflection) return reflectionId !== null && chosen.has(reflectionId);
    if (!isInRange(preparation.plannedAt, selection.from, selection.to)) return false;
    return personIds === null || preparation.personIds.some((id) => personIds.includes(id));
  });
}

/** Reflections some plan links to that the journal holds outside the Trash and the choices leave out. */
function linkedReflectionsLeftOut(snapshot: JournalSnapshot, chosen: ReadonlySet<string>): Set<string> {
  const linked = linkedReflectionIds(snapshot.preparations);
  const leftOut = new Set<string>();
  if (linked.size === 0) return leftOut;
  for (const { id, deletedAt } of snapshot.reflections) {
    if (linked.has(id) && deletedAt === null && !chosen.has(id)) leftOut.add(id);
  }
  return leftOut;
}
