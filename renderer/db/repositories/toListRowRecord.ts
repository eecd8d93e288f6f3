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

/**
 * Whether a stored row already says what `row` says. Both come from toListRowRecord, so their
 * keys are in the same order; a row stored by an older build in another order only costs one
 * write it did not need.
 */
export function isSameListRowRecord(stored: ListRowRecord | undefined, row: ListRowRecord): boolean {
  return stored !== undefined && JSON.stringify(stored) === JSON.stringify(row);
}
