import type { Person } from '../domain/personSchema';
import type { Preparation } from '../domain/preparationSchema';
import type { PrincipleSetting } from '../domain/principles';
import type { Reflection } from '../domain/reflectionSchema';
import type { Reminder } from '../reminders/reminderSchema';
import type { JournalSnapshot } from './journalSnapshot';

/** What an import wrote: the plan's records, as they went into the journal and the reminders. */
export interface ImportedRecords {
  readonly reflections: readonly Reflection[];
  readonly people: readonly Person[];
  readonly preparations: readonly Preparation[];
  readonly principleSettings: readonly PrincipleSetting[];
  readonly reminders: readonly Reminder[];
}

/**
 * Records by id, the written ones in place of those they replace, new ones after; the Trash left
 * out. Only the written records are indexed: the journal before may hold 50,000, and indexing it
 * as well doubled what the page did in one go after a large import.
 */
function merged<T extends { readonly id: string }>(
  before: readonly T[],
  written: readonly T[],
  isKept: (record: T) => boolean = () => true,
): T[] {
  if (written.length === 0) return [...before];
  // Into an empty journal an import replaces nothing, and wrote each id once (a second add of one fails it).
  if (before.length === 0) return written.filter(isKept);
  const replacing = new Map(written.map((record) => [record.id, record]));
  const result: T[] = [];
  for (const record of before) {
    const replacement = replacing.get(record.id);
    if (replacement !== undefined) replacing.delete(record.id);
    const kept = replacement ?? record;
    if (isKept(kept)) result.push(kept);
  }
  for (const record of replacing.values()) if (isKept(record)) result.push(record);
  return result;
}

const outsideTrash = (record: { readonly deletedAt: string | null }) => record.deletedAt === null;

/**
 * The journal as the Data page shows it after an import, from what the import wrote: reading a
 * 50,000-reflection journal again for its counts would take seconds, and tells nothing new.
 */
export function withImported(snapshot: JournalSnapshot, written: ImportedRecords): JournalSnapshot {
  return {
    reflections: merged(snapshot.reflections, written.reflections, outsideTrash),
    people: merged(snapshot.people, written.people),
    preparations: merged(snapshot.preparations, written.preparations, outsideTrash),
    principleSettings: [...snapshot.principleSettings, ...written.principleSettings],
    reminders: merged(snapshot.reminders, written.reminders),
  };
}
