import type { Person } from '../domain/personSchema';
import type { Preparation } from '../domain/preparationSchema';
import type { PrincipleSetting } from '../domain/principles';
import type { Reflection } from '../domain/reflectionSchema';
import type { Reminder } from '../reminders/reminderSchema';
import type { JournalSnapshot } from './journalSnapshot';

/**
 * What an import would do, worked out before anything is written so the person can see it and
 * confirm: for each record, new, updated (the file's copy is newer), unchanged, or skipped with
 * the reason. Planning the same file again after importing it finds nothing new or updated,
 * because every decision depends only on ids, timestamps and revisions.
 */
export interface Skipped {
  readonly id: string;
  readonly reason: string;
}

export interface RecordPlan<T> {
  readonly new: T[];
  readonly updated: T[];
  readonly unchanged: number;
  readonly skipped: Skipped[];
}

export interface PersonMatchedByName {
  readonly name: string;
  readonly incomingId: string;
  readonly existingId: string;
}

export interface ImportPlan {
  readonly reflections: RecordPlan<Reflection>;
  /** Decided as reflections are: new, newer in the file, unchanged, or skipped with the reason. */
  readonly preparations: RecordPlan<Preparation>;
  readonly people: RecordPlan<Person> & { readonly matchedByName: PersonMatchedByName[] };
  /** Custom principles and overrides the journal lacks; the journal's own settings are never replaced. */
  readonly principleSettings: { readonly new: PrincipleSetting[]; readonly unchanged: number };
  /** Follow-ups the journal lacks; one it has keeps its own state (done, snoozed). */
  readonly reminders: { readonly new: Reminder[]; readonly unchanged: number };
}

export interface ExistingJournal {
  readonly reflections: ReadonlyMap<string, { readonly updatedAt: string; readonly revision?: number }>;
  /** The Trash included, as for reflections: a deleted plan does not come back as new. */
  readonly preparations: ReadonlyMap<string, { readonly updatedAt: string; readonly revision?: number }>;
  readonly people: ReadonlyMap<string, { readonly updatedAt: string }>;
  /** Existing people by personNameKey(name), so "tom baker" in a file finds "Tom Baker" in the journal. */
  readonly peopleByNameKey?: ReadonlyMap<string, { readonly id: string }>;
  readonly principleSettings?: readonly PrincipleSetting[];
  readonly reminderIds?: ReadonlySet<string>;
}

export const NEWER_IN_JOURNAL = 'the journal has a newer version';
export const TWICE_IN_FILE = 'it appears more than once in the file';

/** The same key the people table keeps beside each name. */
export function personNameKey(name: string): string {
  return name.trim().toLocaleLowerCase();
}

type Freshness = 'newer' | 'same' | 'older';

/** Newer wins by updatedAt (as instants: offsets may differ), then by revision. */
function compareVersions(
  incoming: { readonly updatedAt: string; readonly revision?: number },
  existing: { readonly updatedAt: string; readonly revision?: number },
): Freshness {
  const difference = Date.parse(incoming.updatedAt) - Date.parse(existing.updatedAt);
  const byRevision = (incoming.revision ?? 0) - (existing.revision ?? 0);
  const order = difference !== 0 ? difference : byRevision;
  return order > 0 ? 'newer' : order < 0 ? 'older' : 'same';
}

function planRecords<
  T extends { readonly id: string; readonly updatedAt: string; readonly revision?: number },
>(
  incoming: readonly T[],
  existing: ReadonlyMap<string, { readonly updatedAt: string; readonly revision?: number }>,
): RecordPlan<T> {
  const plan: RecordPlan<T> = { new: [], updated: [], unchanged: 0, skipped: [] };
  const seen = new Set<string>();
  let unchanged = 0;
  for (const record of incoming) {
    if (seen.has(record.id)) {
      plan.skipped.push({ id: record.id, reason: TWICE_IN_FILE });
      continue;
    }
    seen.add(record.id);
    const current = existing.get(record.id);
    if (current === undefined) {
      plan.new.push(record);
      continue;
    }
    const freshness = compareVersions(record, current);
    if (freshness === 'newer') plan.updated.push(record);
    else if (freshness === 'same') unchanged += 1;
    else plan.skipped.push({ id: record.id, reason: NEWER_IN_JOURNAL });
  }
  return { ...plan, unchanged };
}

/**
 * A person in the file who is not in the journal by id but is by name becomes that person, so
 * one colleague never turns into two after an import. Returns the id each incoming id maps to.
 */
function matchPeopleByName(
  people: readonly Person[],
  existing: ExistingJournal,
): { remaining: Person[]; idMap: Map<string, string>; matchedByName: PersonMatchedByName[] } {
  const idMap = new Map<string, string>();
  const matchedByName: PersonMatchedByName[] = [];
  const remaining: Person[] = [];
  for (const person of people) {
    const match = existing.people.has(person.id)
      ? undefined
      : existing.peopleByNameKey?.get(personNameKey(person.name));
    if (match === undefined || match.id === person.id) {
      remaining.push(person);
    } else {
      idMap.set(person.id, match.id);
      matchedByName.push({ name: person.name, incomingId: person.id, existingId: match.id });
    }
  }
  return { remaining, idMap, matchedByName };
}

function withMappedPeople<T extends { readonly personIds: string[] }>(
  record: T,
  idMap: ReadonlyMap<string, string>,
): T {
  if (!record.personIds.some((id) => idMap.has(id))) return record;
  // Two file people can map to one journal person; the list stays free of repeats.
  const personIds = [...new Set(record.personIds.map((id) => idMap.get(id) ?? id))];
  return { ...record, personIds };
}

function settingKey(setting: PrincipleSetting): string {
  return setting.kind === 'custom' ? `custom:${setting.id}` : `override:${setting.principleId}`;
}

function planPrincipleSettings(
  incoming: readonly PrincipleSetting[],
  existing: readonly PrincipleSetting[],
): ImportPlan['principleSettings'] {
  const known = new Set(existing.map(settingKey));
  const fresh: PrincipleSetting[] = [];
  for (const setting of incoming) {
    const key = settingKey(setting);
    if (known.has(key)) continue;
    known.add(key);
    fresh.push(setting);
  }
  return { new: fresh, unchanged: incoming.length - fresh.length };
}

export function planImport(incoming: JournalSnapshot, existing: ExistingJournal): ImportPlan {
  const { remaining, idMap, matchedByName } = matchPeopleByName(incoming.people, existing);
  const people = planRecords(remaining, existing.people);
  const reflections = planRecords(
    incoming.reflections.map((reflection) => withMappedPeople(reflection, idMap)),
    existing.reflections,
  );
  const preparations = planRecords(
    incoming.preparations.map((preparation) => withMappedPeople(preparation, idMap)),
    existing.preparations,
  );
  const knownReminders = new Set(existing.reminderIds);
  const newReminders = incoming.reminders.filter((reminder) => {
    if (knownReminders.has(reminder.id)) return false;
    knownReminders.add(reminder.id);
    return true;
  });
  return {
    reflections,
    preparations,
    people: { ...people, matchedByName },
    principleSettings: planPrincipleSettings(incoming.principleSettings, existing.principleSettings ?? []),
    reminders: { new: newReminders, unchanged: incoming.reminders.length - newReminders.length },
  };
}

/** True when confirming would write nothing. */
export function isEmptyImportPlan(plan: ImportPlan): boolean {
  return (
    plan.reflections.new.length === 0 &&
    plan.reflections.updated.length === 0 &&
    plan.preparations.new.length === 0 &&
    plan.preparations.updated.length === 0 &&
    plan.people.new.length === 0 &&
    plan.people.updated.length === 0 &&
    plan.principleSettings.new.length === 0 &&
    plan.reminders.new.length === 0
  );
}
