import { useMemo } from 'react';
import type { Person } from '../../../shared/domain/personSchema';
import { useJournal } from '../../db/JournalContext';
import { createPerPageDerivation } from './joinPages';
import { useLiveResult } from './useLiveResult';

/**
 * Each id looked up maps to its person, or to null once it is known to be removed. An id
 * missing from the map (or a null map, before the first read) is still loading: a live
 * query keeps its last answer while the next one runs, so a page of rows that just arrived
 * must not read as removed people.
 */
export type PeopleById = ReadonlyMap<string, Person | null> | null;

type WithPeople = { readonly personIds: readonly string[] };

function uniqueIdsOf(rows: readonly WithPeople[]): string[] {
  const ids = new Set<string>();
  for (const row of rows) for (const id of row.personIds) ids.add(id);
  return [...ids];
}

/** One query key for a set of ids, whatever order they came in. */
function keyOf(ids: Iterable<string>): string {
  return [...new Set(ids)].sort().join(' ');
}

/**
 * The people with these ids (a space-separated, sorted key), kept live so a rename shows at
 * once. The id set only grows as older pages load (a journal mentions a few hundred people),
 * so the query rarely reruns.
 */
function usePeopleByKey(idsKey: string): PeopleById {
  const { people } = useJournal();
  const result = useLiveResult(async () => {
    const ids = idsKey === '' ? [] : idsKey.split(' ');
    const found = await people.byIds(ids);
    return new Map(ids.map((id) => [id, found.get(id) ?? null]));
  }, [people, idsKey]);
  return result.status === 'ready' ? result.value : null;
}

/** The people the given rows mention. */
export function usePeopleById(rows: readonly WithPeople[]): PeopleById {
  const idsKey = useMemo(() => keyOf(uniqueIdsOf(rows)), [rows]);
  return usePeopleByKey(idsKey);
}

/**
 * The same for a paged list: each page's ids are found once, so a journal with tens of
 * thousands of loaded rows does not walk them all again whenever a page arrives.
 */
export function usePeopleByIdInPages(pageRows: readonly (readonly WithPeople[])[]): PeopleById {
  const idsOfPages = useMemo(() => createPerPageDerivation(uniqueIdsOf), []);
  const idsKey = useMemo(() => keyOf(idsOfPages(pageRows)), [idsOfPages, pageRows]);
  return usePeopleByKey(idsKey);
}

/** "Dana Fox, Lee Park"; a person who was removed reads as "Someone", one still loading as "…". */
export function namesOf(personIds: readonly string[], peopleById: PeopleById): string {
  return personIds
    .map((id) => {
      const person = peopleById?.get(id);
      return person === undefined ? '…' : person === null ? 'Someone' : person.name;
    })
    .join(', ');
}
