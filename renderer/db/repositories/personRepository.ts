import { nameStartsWith, personMatchKey } from '../../../shared/domain/personNameMatch';
import type { Person } from '../../../shared/domain/personSchema';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../JournalDatabase';
import type { PersonRecord } from '../records';
import { syncProgressFacts } from './progressRepository';
import { withRevision } from './reflectionWriteErrors';
import { sortKeyOf } from './toListRowRecord';
import { LAST_WRITE_AT_KEY } from './trashPurgeGuard';
import { loadedWriteSchemas, loadWriteSchemas, writeSchemasIfLoaded } from './writeSchemas';

// Stored lower-cased for the index that orders the People page; matching uses personMatchKey.
const nameKeyOf = (name: string) => name.trim().toLocaleLowerCase();

const toRecord = (person: Person): PersonRecord => ({ ...person, nameKey: nameKeyOf(person.name) });

const fromRecord = ({ nameKey: _nameKey, ...person }: PersonRecord): Person => person;

const isActiveComplete = (reflection: Reflection) =>
  reflection.deletedAt === null && reflection.status === 'complete';

/** What merging one person into another keeps: the target's details, with the other's filling gaps. */
export function mergedDetails(into: Person, from: Person, updatedAt: string): Person {
  const notes = [into.notes, from.notes].filter((text) => text.trim() !== '').join('\n\n');
  return {
    ...into,
    role: into.role === '' ? from.role : into.role,
    team: into.team === '' ? from.team : into.team,
    relationship: into.relationship ?? from.relationship,
    notes,
    updatedAt,
  };
}

/**
 * Gives the relationship chosen in a reflection to each of its people whose relationship is not
 * set yet; someone whose relationship was set keeps it. Runs in the caller's transaction (the
 * reflection's save), so the reflection and the people it fills are saved, or fail, together.
 */
export async function fillPeopleRelationship(
  db: JournalDatabase,
  reflection: Pick<Reflection, 'personIds' | 'relationship'>,
  updatedAt: string,
): Promise<void> {
  const { relationship } = reflection;
  if (relationship === null || reflection.personIds.length === 0) return;
  const records = await db.people.bulkGet([...reflection.personIds]);
  const unset = records.filter(
    (record): record is PersonRecord => record !== undefined && record.relationship === null,
  );
  if (unset.length > 0)
    await db.people.bulkPut(unset.map((record) => ({ ...record, relationship, updatedAt })));
}

/**
 * The only code that writes people. Reflections refer to people by id, so a rename here
 * renames them everywhere. Merging and deleting change the reflections that name the person,
 * their progress facts and search changes in one transaction, with the next
 * revision, so a window still editing an older copy is told rather than writing the old
 * person back.
 */
/** A delete that would leave complete reflections without anyone; merging keeps them whole. */
export class PersonStillNeededError extends Error {
  override name = 'PersonStillNeededError';
  constructor(
    readonly personName: string,
    readonly reflections: number,
  ) {
    super(
      `${personName} is the only person in ${reflections === 1 ? '1 complete reflection' : `${reflections} complete reflections`}, and a complete reflection needs someone. Use Merge into… to move them to another person instead.`,
    );
  }
}

export function createPersonRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  const relinkTables = [db.people, db.reflections, db.progressMonths, db.searchChanges, db.meta];

  /** Rewrites every reflection naming `personId` (Trash included) with `relink(personIds)`, in the caller's transaction. */
  async function relinkReflections(
    personId: string,
    relink: (personIds: readonly string[]) => string[],
  ): Promise<number> {
    const stored = await db.reflections.where('personIds').equals(personId).toArray();
    const changed = stored.map((found) => {
      const reflection = withRevision(found);
      return { ...reflection, personIds: relink(reflection.personIds), revision: reflection.revision + 1 };
    });
    await Promise.all([
      db.reflections.bulkPut(changed),
      // A person's link changes, never a reflection's day: each is in the month it stays in.
      syncProgressFacts(db, changed, changed),
      db.searchChanges.bulkAdd(
        changed.map((reflection) => ({ reflectionId: reflection.id, kind: 'put' as const })),
      ),
      db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() }),
    ]);
    return changed.length;
  }

  /**
   * Complete reflections (the Trash included) that would stop being complete without this person:
   * a guided reflection needs someone. Deleting the person would leave them refused by the next
   * import of the journal's own export or backup, so the delete is refused instead. Runs inside
   * a transaction: its caller loaded the schemas first.
   */
  async function completeNamingOnly(personId: string): Promise<number> {
    const { reflectionCompleteSchema } = loadedWriteSchemas();
    const stored = await db.reflections.where('personIds').equals(personId).toArray();
    return stored.filter(
      (reflection) =>
        reflection !== undefined &&
        reflection.status === 'complete' &&
        !reflectionCompleteSchema.safeParse({
          ...reflection,
          personIds: reflection.personIds.filter((id) => id !== personId),
        }).success,
    ).length;
  }

  async function mustGet(id: string): Promise<PersonRecord> {
    const record = await db.people.get(id);
    if (record === undefined) throw new Error('That person is no longer in your journal.');
    return record;
  }

  return {
    async add(name: string, details: Partial<Pick<Person, 'role' | 'team' | 'relationship' | 'notes'>> = {}) {
      const { createPerson, personSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const person = personSchema.parse({ ...createPerson({ now: now(), name: name.trim() }), ...details });
      await db.people.add(toRecord(person));
      return person;
    },

    async update(person: Person): Promise<Person> {
      const { personSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const checked = personSchema.parse({ ...person, updatedAt: now().toISOString() });
      await db.people.put(toRecord(checked));
      return checked;
    },

    async get(id: string): Promise<Person | undefined> {
      const record = await db.people.get(id);
      return record && fromRecord(record);
    },

    async all(): Promise<Person[]> {
      return (await db.people.orderBy('nameKey').toArray()).map(fromRecord);
    },

    async byIds(ids: readonly string[]): Promise<Map<string, Person>> {
      const records = await db.people.bulkGet([...ids]);
      return new Map(records.flatMap((record) => (record ? [[record.id, fromRecord(record)] as const] : [])));
    },

    /**
     * People whose name starts with (or contains a word starting with) what was typed, ignoring
     * case, accents and spacing; someone whose whole name is the typed one comes first.
     */
    async search(text: string, limit = 8): Promise<Person[]> {
      const query = personMatchKey(text);
      if (query === '') return (await db.people.orderBy('nameKey').limit(limit).toArray()).map(fromRecord);
      const matches = await db.people.filter((record) => nameStartsWith(record.name, query)).toArray();
      const same = matches.filter((record) => personMatchKey(record.name) === query);
      const others = matches.filter((record) => personMatchKey(record.name) !== query);
      return [...same, ...others].slice(0, limit).map(fromRecord);
    },

    /** Someone already in the journal under this name, ignoring case, accents and spacing. */
    async findByName(name: string): Promise<Person | undefined> {
      const key = personMatchKey(name);
      if (key === '') return undefined;
      const record = await db.people.filter((candidate) => personMatchKey(candidate.name) === key).first();
      return record && fromRecord(record);
    },

    /**
     * For the People page: how many complete reflections outside the Trash name a person, and
     * the newest few of them in full (drafts do not count as something that happened).
     */
    async overview(personId: string, recentLimit: number): Promise<{ count: number; recent: Reflection[] }> {
      const found = (await db.reflections.where('personIds').equals(personId).toArray()).filter(
        isActiveComplete,
      );
      const newest = found
        .map((reflection) => ({ reflection, sortKey: sortKeyOf(reflection) }))
        .sort((a, b) => b.sortKey - a.sortKey);
      return {
        count: found.length,
        recent: newest.slice(0, recentLimit).map(({ reflection }) => reflection),
      };
    },

    /**
     * How many complete reflections need this person to stay complete: a delete is refused while
     * any do. Read live (the People page), where nothing but Dexie may be awaited: the page loads
     * the schemas with its own chunk (PersonMergeDelete imports writeSchemaSet).
     */
    soleCompleteCount(personId: string): Promise<number> {
      return db.transaction('r', db.reflections, () => completeNamingOnly(personId));
    },

    /** How many reflections (the Trash included) name this person: what a merge or delete would change. */
    reflectionCount(personId: string): Promise<number> {
      return db.reflections.where('personIds').equals(personId).count();
    },

    /**
     * Moves every reflection naming `fromId` to `intoId` and removes `fromId`; the person kept
     * takes the other's details where they had none and keeps both notes. Returns how many
     * reflections moved.
     */
    async merge(fromId: string, intoId: string): Promise<number> {
      if (fromId === intoId) throw new Error('Choose someone else to merge into.');
      const { personSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      return db.transaction('rw', relinkTables, async () => {
        const [from, into] = await Promise.all([mustGet(fromId), mustGet(intoId)]);
        const kept = personSchema.safeParse(
          mergedDetails(fromRecord(into), fromRecord(from), now().toISOString()),
        );
        if (!kept.success) {
          throw new Error(
            `Nothing was merged: ${kept.error.issues[0]?.message ?? 'the merged details are not valid'}.`,
          );
        }
        const moved = await relinkReflections(fromId, (personIds) => [
          ...new Set(personIds.map((id) => (id === fromId ? intoId : id))),
        ]);
        await Promise.all([db.people.put(toRecord(kept.data)), db.people.delete(fromId)]);
        return moved;
      });
    },

    /**
     * Removes a person. Their reflections stay with every word written and their status, and no
     * longer name them. Returns how many reflections no longer name them.
     */
    async remove(personId: string): Promise<number> {
      await loadWriteSchemas();
      return db.transaction('rw', relinkTables, async () => {
        const person = await mustGet(personId);
        const leftWithoutSomeone = await completeNamingOnly(personId);
        if (leftWithoutSomeone > 0) throw new PersonStillNeededError(person.name, leftWithoutSomeone);
        const changed = await relinkReflections(personId, (personIds) =>
          personIds.filter((id) => id !== personId),
        );
        await db.people.delete(personId);
        return changed;
      });
    },

    async bulkImport(people: readonly Person[]): Promise<void> {
      const { personSchema } = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const checked = people.map((person) => personSchema.parse(person));
      await db.people.bulkPut(checked.map(toRecord));
    },
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;
