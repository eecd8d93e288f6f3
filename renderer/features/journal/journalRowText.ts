import type { DateTimeStyle } from '../../../shared/domain/dateTimeFormat';
import type { ListRowRecord } from '../../db/records';
import { formatLocalDateTime } from './formatJournalDate';

/**
 * The words of a journal row that are not React's: the early painter (earlyRows/) writes the
 * first rows with these before the app's code has loaded, so both say the same thing.
 */

/** When a row happened, as written; a draft without a date yet says so. */
export function rowDate(row: Pick<ListRowRecord, 'occurredAt'>, style?: DateTimeStyle): string {
  return row.occurredAt === null ? 'No date yet' : formatLocalDateTime(row.occurredAt, style);
}

/**
 * Each id looked up maps to its person, or to null once it is known to be removed. An id
 * missing from the map (or a null map, before the first read) is still loading.
 */
export type NamedById = ReadonlyMap<string, { readonly name: string } | null> | null;

/** "Dana Fox, Lee Park"; a person who was removed reads as "Someone", one still loading as "…". */
export function namesOf(personIds: readonly string[], peopleById: NamedById): string {
  return personIds
    .map((id) => {
      const person = peopleById?.get(id);
      return person === undefined ? '…' : person === null ? 'Someone' : person.name;
    })
    .join(', ');
}
