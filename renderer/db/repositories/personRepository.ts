import { createPerson, personSchema, type Person } from '../../../shared/domain/personSchema';
import type { JournalDatabase } from '../JournalDatabase';
import type { PersonRecord } from '../records';

const nameKeyOf = (name: string) => name.trim().toLocaleLowerCase();

const toRecord = (person: Person): PersonRecord => ({ ...person, nameKey: nameKeyOf(person.name) });

const fromRecord = ({ nameKey: _nameKey, ...person }: PersonRecord): Person => person;

/**
 * The only code that writes people. Reflections refer to people by id, so a rename here
 * renames them everywhere.
 */
export function createPersonRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  return {
    async add(name: string, details: Partial<Pick<Person, 'role' | 'team' | 'relationship' | 'notes'>> = {}) {
      const person = personSchema.parse({ ...createPerson({ now: now(), name: name.trim() }), ...details });
      await db.people.add(toRecord(person));
      return person;
    },

    async update(person: Person): Promise<Person> {
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

    /** People whose name starts with (or contains a word starting with) what was typed. */
    async search(text: string, limit = 8): Promise<Person[]> {
      const query = nameKeyOf(text);
      if (query === '') return (await db.people.orderBy('nameKey').limit(limit).toArray()).map(fromRecord);
      const matches = await db.people
        .filter((record) => record.nameKey.startsWith(query) || record.nameKey.includes(` ${query}`))
        .limit(limit)
        .toArray();
      return matches.map(fromRecord);
    },

    async bulkImport(people: readonly Person[]): Promise<void> {
      const checked = people.map((person) => personSchema.parse(person));
      await db.people.bulkPut(checked.map(toRecord));
    },
  };
}

export type PersonRepository = ReturnType<typeof createPersonRepository>;
