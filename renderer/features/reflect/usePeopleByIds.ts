import { useLiveQuery } from 'dexie-react-hooks';
import type { Person } from '../../../shared/domain/personSchema';
import { useJournal } from '../../db/JournalContext';

/** The people a reflection names, kept current if someone is renamed elsewhere; undefined while loading. */
export function usePeopleByIds(ids: readonly string[]): Map<string, Person> | undefined {
  const { people } = useJournal();
  // Person ids are UUIDs, which never contain a comma, so the joined key round-trips.
  const key = ids.join(',');
  return useLiveQuery(() => people.byIds(key === '' ? [] : key.split(',')), [people, key]);
}
