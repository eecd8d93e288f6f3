import { localDateTimeToEpochMs } from '../../../shared/domain/localDateTime';
import { toListRow } from '../../../shared/domain/reflectionListRow';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { ListRowRecord } from '../records';

/**
 * The sortKey each reflection read from the store carried before the sortKey middleware took it
 * off, so the list can order and page by the very key the index holds instead of working it out
 * again: working it out turns a wall-clock time into an instant, which wakes Intl's time-zone data
 * on the way to the first rows (about 47 ms a cold start at 1,000 reflections, profiled).
 *
 * Kept beside the object, not on it, so nothing the app reads, exports or compares sees it. The
 * fields the key comes from are kept too: an object changed in place after it was read (a Dexie
 * `modify` callback does that) no longer matches, and its key is worked out afresh.
 */
interface StoredOrder {
  readonly sortKey: number;
  readonly occurredAt: string | null;
  readonly timeZone: string;
  readonly createdAt: string;
}

const storedOrder = new WeakMap<object, StoredOrder>();

type OrderFields = Pick<Reflection, 'occurredAt' | 'timeZone' | 'createdAt'>;

/** Remembers the key `reflection` was stored under (the middleware calls this as it strips it). */
export function rememberStoredSortKey(reflection: OrderFields, sortKey: unknown): void {
  if (typeof sortKey !== 'number' || !Number.isFinite(sortKey)) return;
  const { occurredAt, timeZone, createdAt } = reflection;
  storedOrder.set(reflection, { sortKey, occurredAt, timeZone, createdAt });
}

/** The key `reflection` was read with, while the fields it comes from are as they were read. */
export function storedSortKeyOf(reflection: OrderFields): number | undefined {
  const stored = storedOrder.get(reflection);
  if (stored === undefined) return undefined;
  const unchanged =
    stored.occurredAt === reflection.occurredAt &&
    stored.timeZone === reflection.timeZone &&
    stored.createdAt === reflection.createdAt;
  return unchanged ? stored.sortKey : undefined;
}

/** The list orders by when the conversation happened; a draft with no date yet sorts by when it was started. */
export function computeSortKey(reflection: Reflection): number {
  if (reflection.occurredAt !== null) {
    try {
      return localDateTimeToEpochMs(reflection.occurredAt, reflection.timeZone);
    } catch {
      // A schema-valid value always converts; fall through for safety rather than lose the row.
    }
  }
  return Date.parse(reflection.createdAt);
}

/** The key a reflection read from the journal was stored under, or else the one it would be. */
export function sortKeyOf(reflection: Reflection): number {
  return storedSortKeyOf(reflection) ?? computeSortKey(reflection);
}

export function toListRowRecord(reflection: Reflection): ListRowRecord {
  return { ...toListRow(reflection), sortKey: sortKeyOf(reflection) };
}

/** The list's rows for reflections read from the store, in the same order. */
export function toListRowRecords(reflections: readonly Reflection[]): ListRowRecord[] {
  return reflections.map(toListRowRecord);
}
