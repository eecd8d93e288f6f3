import { localDateTimeToEpochMs } from '../../../shared/domain/localDateTime';
import { toListRow } from '../../../shared/domain/reflectionListRow';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { ListRowRecord } from '../records';

/** The list orders by when the conversation happened; a draft with no date yet sorts by when it was started. */
export function sortKeyOf(reflection: Reflection): number {
  if (reflection.occurredAt !== null) {
    try {
      return localDateTimeToEpochMs(reflection.occurredAt, reflection.timeZone);
    } catch {
      // A schema-valid value always converts; fall through for safety rather than lose the row.
    }
  }
  return Date.parse(reflection.createdAt);
}

export function toListRowRecord(reflection: Reflection): ListRowRecord {
  return { ...toListRow(reflection), sortKey: sortKeyOf(reflection) };
}

/** The list's rows for reflections read from the store, in the same order. */
export function toListRowRecords(reflections: readonly Reflection[]): ListRowRecord[] {
  return reflections.map(toListRowRecord);
}
