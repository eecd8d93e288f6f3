import { parseLocalDateTime } from '../domain/localDateTime';
import type { Reflection } from '../domain/reflectionSchema';
import type { ExportOptions } from './exportFormat';
import { remindersTiedToReflections, type JournalSnapshot } from './journalSnapshot';

type Selection = Pick<
  ExportOptions,
  'from' | 'to' | 'personIds' | 'principleIds' | 'tags' | 'includePrivate'
>;

/** The local day a reflection happened on, `YYYY-MM-DD`, or null when it has no readable date. */
function occurredDay(reflection: Reflection): string | null {
  if (reflection.occurredAt === null || parseLocalDateTime(reflection.occurredAt) === null) return null;
  return reflection.occurredAt.slice(0, 10);
}

function isInRange(reflection: Reflection, from: string | null, to: string | null): boolean {
  if (from === null && to === null) return true;
  const day = occurredDay(reflection);
  // A reflection without a date cannot be shown to fall inside a period, so a period leaves it out.
  if (day === null) return false;
  return (from === null || day >= from) && (to === null || day <= to);
}

function touchesPrinciple(reflection: Reflection, principleIds: ReadonlySet<string>): boolean {
  return Object.entries(reflection.principles).some(
    ([id, entry]) => principleIds.has(id) && (entry.applied === true || entry.rating !== null),
  );
}

function keepsReflection(reflection: Reflection, selection: Selection): boolean {
  if (reflection.deletedAt !== null) return false;
  if (reflection.isPrivate && !selection.includePrivate) return false;
  if (!isInRange(reflection, selection.from, selection.to)) return false;
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
  const mentioned = new Set(reflections.flatMap(({ personIds }) => personIds));
  const people = selectsWholeJournal(options)
    ? [...snapshot.people]
    : snapshot.people.filter(({ id }) => mentioned.has(id));
  return {
    people,
    principleSettings: [...snapshot.principleSettings],
    reflections,
    reminders: remindersTiedToReflections(snapshot.reminders, reflections),
  };
}
