import { Dexie } from 'dexie';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { toProgressFact, type ProgressFact } from '../../../shared/progress/progressFact';
import {
  changeMonths,
  decodeMonth,
  decodeMonthKeeping,
  monthOf,
  type ProgressMonth,
} from '../../../shared/progress/progressMonth';
import { ProgressMonthsBuilder } from '../../../shared/progress/progressMonthsBuilder';
import type { JournalDatabase } from '../JournalDatabase';

/**
 * A reflection as stored before a write: its wall-clock time says
 * which month holds its fact now, if it has one, since a fact's day is that time's date.
 */
export interface StoredPlace {
  readonly id: string;
  readonly occurredAt: string | null;
}

function monthsHolding(stored: readonly (StoredPlace | undefined)[]): string[] {
  const months = new Set<string>();
  for (const place of stored) {
    if (place?.occurredAt) months.add(monthOf(place.occurredAt.slice(0, 10)));
  }
  return [...months];
}

/**
 * Replaces the stored facts of `ids` with `facts` and rewrites each touched month, in the caller's
 * transaction, so a reflection and its month are saved, or fail, together. The month record is the
 * one Progress store: a day's totals are derived from it (`monthDays`). Every write to
 * progressMonths goes through here.
 *
 * The caller names where each reflection was before the write (`stored`), so the months holding
 * them are read by key: an index of every month's ids would find them too, but each save would then
 * rewrite the index entries of its whole month (hundreds in a large journal).
 */
async function replaceFacts(
  db: JournalDatabase,
  ids: readonly string[],
  stored: readonly (StoredPlace | undefined)[],
  facts: readonly ProgressFact[],
): Promise<void> {
  const keys = new Set([...monthsHolding(stored), ...facts.map((fact) => monthOf(fact.day))]);
  const months = await db.progressMonths.bulkGet([...keys]);
  const storedMonths = new Map<string, ProgressMonth>();
  for (const month of months) if (month !== undefined) storedMonths.set(month.month, month);
  const wanted = new Set(ids);
  const before: ProgressFact[] = [];
  for (const month of storedMonths.values()) {
    before.push(...decodeMonthKeeping(month, (id) => wanted.has(id)));
  }
  const { put, emptied } = changeMonths(storedMonths, before, facts);
  await Promise.all([db.progressMonths.bulkPut(put), db.progressMonths.bulkDelete(emptied)]);
}

/**
 * Whether two facts say the same. Compared as JSON, which is order-sensitive: two equal facts
 * built in another key order read as different, and that costs only a month rewritten needlessly.
 */
function sameFact(before: ProgressFact | null, after: ProgressFact | null): boolean {
  if (before === null || after === null) return before === after;
  return JSON.stringify(before) === JSON.stringify(after);
}

/**
 * Keeps one reflection's fact in its month. Called by the reflection repository inside its own
 * write transaction, so a reflection and its month are saved, or fail, together. The transaction
 * must include progressMonths. `stored` is the reflection as stored before this write (undefined
 * for a new one).
 *
 * Most saves are autosaves of words, and no fact holds words: when the fact is the one stored
 * (or there is none before and after), its month is neither read nor written. A month holds a
 * few hundred facts in a large journal, and decoding, re-encoding and writing it doubled an
 * autosave at 50,000 reflections. The months hold the stored reflections' facts (every write goes
 * through here, in the same transaction), so the stored fact is what the month already says.
 */
export function syncProgressFact(
  db: JournalDatabase,
  reflection: Reflection,
  stored: Reflection | undefined,
): Promise<void> {
  const before = stored === undefined ? null : toProgressFact(stored);
  if (sameFact(before, toProgressFact(reflection))) return Promise.resolve();
  return syncProgressFacts(db, [reflection], [stored]);
}

/**
 * The same for many reflections at once (an import, a merge of people), in the caller's
 * transaction; `stored` holds the stored copies before the write, in any order (none for new ones).
 */
export function syncProgressFacts(
  db: JournalDatabase,
  reflections: readonly Reflection[],
  stored: readonly (StoredPlace | undefined)[],
): Promise<void> {
  const ids = [...new Set(reflections.map(({ id }) => id))];
  return replaceFacts(db, ids, stored, latestFacts(reflections));
}

/**
 * The facts of `reflections`: the last copy of a reflection named twice is the one stored, so it
 * is the one counted.
 */
function latestFacts(reflections: readonly Reflection[]): ProgressFact[] {
  const latest = new Map<string, Reflection>();
  for (const reflection of reflections) latest.set(reflection.id, reflection);
  const facts: ProgressFact[] = [];
  for (const reflection of latest.values()) {
    const fact = toProgressFact(reflection);
    if (fact !== null) facts.push(fact);
  }
  return facts;
}

/** Keeps the months of reflections written in steps; see `syncProgressFactsInBulk`. */
export interface ProgressFactsInBulk {
  /** Adds one step's reflections; writes (without waiting for it) any month the import has left. */
  add(step: readonly Reflection[]): Promise<void>;
  /** Writes every month still to write, one month per request; resolves once all are written. */
  finish(): Promise<void>;
  /** How many month records were written so far (a month the import comes back to counts again). */
  readonly monthsWritten: number;
}

/**
 * The facts of many NEW reflections (none has a fact stored: an import's new ones), written in
 * steps within the caller's transaction, each month read once and written about once, instead of
 * read and rewritten by every step as `syncProgressFacts` step by step would (at 50,000 an import's
 * ~500 steps each rewrote a month of ~900 facts). The months end the same. `reflections` are all
 * those to come, so the months they fall in are read in one request now; they are then passed
 * step by step to `add`, in order, and `finish` is awaited last.
 */
export function syncProgressFactsInBulk(
  db: JournalDatabase,
  reflections: readonly Reflection[],
): ProgressFactsInBulk {
  const keys = new Set<string>();
  // Read before the reflections are checked (step by step), so only a string is taken for a day.
  for (const { occurredAt } of reflections) {
    if (typeof occurredAt === 'string') keys.add(monthOf(occurredAt.slice(0, 10)));
  }
  const reading = db.progressMonths.bulkGet([...keys]);
  // Handled when awaited by `add` or `finish`; without this a failure would be reported unhandled first.
  reading.catch(() => undefined);
  let builder: ProgressMonthsBuilder | undefined;
  const writes: Promise<unknown>[] = [];
  let monthsWritten = 0;
  const started = async () => (builder ??= new ProgressMonthsBuilder(await reading));
  return {
    async add(step) {
      const months = await started();
      months.add(latestFacts(step));
      const left = months.takeLeft();
      if (left.length === 0) return;
      monthsWritten += left.length;
      const written = db.progressMonths.bulkPut(left);
      written.catch(() => undefined);
      writes.push(written);
    },
    async finish() {
      const months = await started();
      // One month encoded per task: each waits for the write before it.
      for (let month = months.takeNext(); month !== undefined; month = months.takeNext()) {
        monthsWritten += 1;
        await db.progressMonths.put(month);
      }
      await Promise.all(writes);
    },
    get monthsWritten() {
      return monthsWritten;
    },
  };
}

/** Removes the facts of reflections deleted for good (as stored before the delete), in the caller's transaction. */
export function deleteProgressFacts(db: JournalDatabase, stored: readonly StoredPlace[]): Promise<void> {
  return replaceFacts(
    db,
    stored.map((place) => place.id),
    stored,
    [],
  );
}

/** What a write changed in the Progress tables: the keys written (put or deleted), or 'all'. */
export interface ProgressWrites {
  readonly days: readonly string[] | 'all';
  readonly facts: readonly string[] | 'all';
  readonly months: readonly string[] | 'all';
  /** A plan was written, so the set of reflections a plan looked back on may have changed. */
  readonly plans: boolean;
}

interface KeyRangeNode {
  readonly from: unknown;
  readonly to: unknown;
  readonly l?: KeyRangeNode | null;
  readonly r?: KeyRangeNode | null;
}

/**
 * The single string keys of one of Dexie's change sets (a tree of key ranges; from another tab it
 * arrives as a plain copy without its class), or 'all' where it holds any true range.
 */
function keysOf(set: unknown): string[] | 'all' {
  const keys: string[] = [];
  const stack: unknown[] = [set];
  while (stack.length > 0) {
    const node = stack.pop() as Partial<KeyRangeNode> | null | undefined;
    if (node === null || node === undefined || typeof node !== 'object' || !('from' in node)) continue;
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    keys.push(node.from);
    stack.push(node.l, node.r);
  }
  return keys;
}

/** What the Progress page reads: months of facts, never the reflections themselves. */
export function createProgressRepository(db: JournalDatabase) {
  return {
    /**
     * The facts whose day is within [fromDay, toDay] (a null fromDay means from the start), read
     * as the months they fall in: a few records whatever the journal's size.
     */
    async monthFactsBetween(fromDay: string | null, toDay: string): Promise<ProgressFact[]> {
      const months =
        fromDay === null
          ? await db.progressMonths.where('month').belowOrEqual(monthOf(toDay)).toArray()
          : await db.progressMonths
              .where('month')
              .between(monthOf(fromDay), monthOf(toDay), true, true)
              .toArray();
      return months
        .flatMap(decodeMonth)
        .filter((fact) => fact.day <= toDay && (fromDay === null || fact.day >= fromDay));
    },

    /** Up to `limit` months after `afterMonth` (from the first for null), in month order: one slice of a background read. */
    monthsAfter(afterMonth: string | null, limit: number): Promise<ProgressMonth[]> {
      const from =
        afterMonth === null
          ? db.progressMonths.orderBy('month')
          : db.progressMonths.where('month').above(afterMonth);
      return from.limit(limit).toArray();
    },

    /**
     * Up to `limit` months before `beforeMonth` (from the newest for null), newest first: one slice
     * of a background read that has the recent months (the default ranges) first.
     */
    monthsBefore(beforeMonth: string | null, limit: number): Promise<ProgressMonth[]> {
      const from =
        beforeMonth === null
          ? db.progressMonths.orderBy('month')
          : db.progressMonths.where('month').below(beforeMonth);
      return from.reverse().limit(limit).toArray();
    },

    /** The months of `keys` as stored now, `undefined` where a month has no facts left. */
    monthsNamed(keys: readonly string[]): Promise<(ProgressMonth | undefined)[]> {
      return db.progressMonths.bulkGet([...keys]);
    },

    /**
     * Calls `onWrite` after every committed write to the Progress tables or the plans, from this
     * tab or another (Dexie relays its change signal between tabs), naming the months written
     * where the signal names single keys; `'all'` where it names a range. Returns the unsubscribe.
     * Days and facts are stored only inside the months now, so those two lists are always empty.
     */
    watchWrites(onWrite: (written: ProgressWrites) => void): () => void {
      const prefix = `idb://${db.name}/`;
      const listener = (parts: Record<string, unknown>) => {
        const months = keysOf(parts[`${prefix}progressMonths/`]);
        const plans = parts[`${prefix}preparations/`] !== undefined;
        if ('all' in parts) onWrite({ days: 'all', facts: 'all', months: 'all', plans: true });
        else if (months.length > 0 || plans) onWrite({ days: [], facts: [], months, plans });
      };
      Dexie.on('storagemutated', listener);
      return () => Dexie.on('storagemutated').unsubscribe(listener);
    },

    /** The first day anything was recorded, or null for a journal with no complete reflections. */
    async firstDay(): Promise<string | null> {
      const first = await db.progressMonths.orderBy('month').first();
      if (first === undefined) return null;
      let day = 31;
      // Bounded by the ids, as decodeMonth is: a typed array read back through a test's fake
      // IndexedDB can come from another realm, where its own length and iterator refuse it.
      for (let at = 0; at < first.ids.length; at += 1) day = Math.min(day, first.days[at] ?? day);
      return `${first.month}-${String(day).padStart(2, '0')}`;
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
