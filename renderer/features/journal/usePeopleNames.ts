import { useMemo } from 'react';
import type { Person } from '../../../shared/domain/personSchema';
import { useJournal } from '../../db/JournalContext';
import { useLiveResult } from './useLiveResult';

/** null until the first read: a name that is loading must not read as a removed person. */
export type PeopleById = ReadonlyMap<string, Person> | null;

/**
 * The people the given rows mention, kept live so a rename shows at once. The id set only
 * grows as older pages load (a journal mentions a few hundred people), so the query rarely reruns.
 */
export function usePeopleById(rows: ReadonlyArray<{ personIds: readonly string[] }>): PeopleById {
  const { people } = useJournal();
  const idsKey = useMemo(() => {
    const ids = new Set<string>();
    for (const row of rows) for (const id of row.personIds) ids.add(id);
    return [...ids].sort().join(' ');
  }, [rows]);
  const result = useLiveResult(() => people.byIds(idsKey === '' ? [] : idsKey.split(' ')), [people, idsKey]);
  return result.status === 'ready' ? result.value : null;
}

/** "Dana Fox, Lee Park"; a person who was removed reads as "Someone". */
export function namesOf(personIds: readonly string[], peopleById: PeopleById): string {
  if (peopleById === null) return '…';
  return personIds.map((id) => peopleById.get(id)?.name ?? 'Someone').join(', ');
}
