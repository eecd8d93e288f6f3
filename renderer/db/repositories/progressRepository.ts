import { Dexie } from 'dexie';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { changeDays } from '../../../shared/progress/progressDay';
import { toProgressFact, type ProgressFact } from '../../../shared/progress/progressFact';
import {
  changeMonths,
  decodeMonth,
  monthOf,
  type ProgressMonth,
} from '../../../shared/progress/progressMonth';
import type { JournalDatabase } from '../JournalDatabase';
import type { ProgressDayRecord, ProgressFactRecord } from '../records';

/**
 * Replaces the stored facts of `ids` with `facts`, moves each touched day's rollup by the
 * difference and rewrites each touched month: the stored facts are read here, in the caller's
 * transaction, so the subtraction uses exactly what the day and month were built with. Every
 * write to progressFacts goes through here.
 */
async function replaceFacts(
  db: JournalDatabase,
  ids: readonly string[],
  facts: readonly ProgressFactRecord[],
): Promise<void> {
  const before = (await db.progressFacts.bulkGet([...ids])).filter(
    (fact): fact is ProgressFactRecord => fact !== undefined,
  );
  const keep = new Set(facts.map((fact) => fact.id));
  const gone = ids.filter((id) => !keep.has(id));
  const dayKeys = [...new Set([...before, ...facts].map((fact) => fact.day))];
  const stored = await db.progressDays.bulkGet(dayKeys);
  const days = new Map<string, ProgressDayRecord>();
  for (const day of stored) if (day !== undefined) days.set(day.day, day);
  const monthKeys = [...new Set(dayKeys.map(monthOf))];
  const storedMonths = new Map<string, ProgressMonth>();
  for (const month of await db.progressMonths.bulkGet(monthKeys)) {
    if (month !== undefined) storedMonths.set(month.month, month);
  }
  const { put, emptied } = changeDays(days, before, facts);
  const months = changeMonths(storedMonths, before, facts);
  await Promise.all([
    db.progressFacts.bulkPut([...facts]),
    db.progressFacts.bulkDelete(gone),
    db.progressDays.bulkPut(put),
    db.progressDays.bulkDelete(emptied),
    db.progressMonths.bulkPut(months.put),
    db.progressMonths.bulkDelete(months.emptied),
  ]);
}

/**
 * Keeps the fact for one reflection, and its day's rollup, in step with it. Called by the
 * reflection repository inside its own write transaction, so a reflection, its fact and its
 * day are saved, or fail, together. The transaction must include progressFacts, progressDays
 * and progressMonths.
 */
export function syncProgressFact(db: JournalDatabase, reflection: Reflection): Promise<void> {
  return syncProgressFacts(db, [reflection]);
}

/** The same for many reflections at once (an import, a merge of people), in the caller's transaction. */
export function syncProgressFacts(db: JournalDatabase, reflections: readonly Reflection[]): Promise<void> {
  // The last copy of a reflection named twice is the one stored, so it is the one counted.
  const latest = new Map<string, Reflection>();
  for (const reflection of reflections) latest.set(reflection.id, reflection);
  const facts: ProgressFactRecord[] = [];
  for (const reflection of latest.values()) {
    const fact = toProgressFact(reflection);
    if (fact !== null) facts.push(fact);
  }
  return replaceFacts(db, [...latest.keys()], facts);
}

/** Removes the facts of reflections deleted for good, and them from their days, in the caller's transaction. */
export function deleteProgressFacts(db: JournalDatabase, ids: readonly string[]): Promise<void> {
  return replaceFacts(db, ids, []);
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

/** What the Progress page reads: facts only, never the reflections themselves. */
export function createProgressRepository(db: JournalDatabase) {
  return {
    /** Facts whose day is within [fromDay, toDay], both inclusive; a null fromDay means from the start. */
    async factsBetween(fromDay: string | null, toDay: string): Promise<ProgressFactRecord[]> {
      if (fromDay === null) {
        // From the start, the whole table is read by its primary key and the few facts after
        // toDay dropped here. Read through the day index, a live query would also record every
        // fact's key to know which writes concern it: at 50,000 facts, longer than the reading.
        const facts = await db.progressFacts.toArray();
        return facts.filter((fact) => fact.day <= toDay);
      }
      return db.progressFacts.where('day').between(fromDay, toDay, true, true).toArray();
    },

    /**
     * Day rollups within [fromDay, toDay] (a null fromDay means from the start), with the facts of
     * every reflection a plan looked back on: what the unfiltered page draws from. The plans'
     * reflection ids come from their index alone; a plan in the Trash is left out by the report.
     */
    async daysBetween(
      fromDay: string | null,
      toDay: string,
    ): Promise<{ days: ProgressDayRecord[]; plannedFacts: ProgressFactRecord[] }> {
      const days =
        fromDay === null
          ? db.progressDays.where('day').belowOrEqual(toDay).toArray()
          : db.progressDays.where('day').between(fromDay, toDay, true, true).toArray();
      const linked = (await db.preparations.orderBy('reflectionId').uniqueKeys()) as string[];
      const planned = await db.progressFacts.bulkGet(linked);
      return {
        days: await days,
        plannedFacts: planned.filter((fact): fact is ProgressFactRecord => fact !== undefined),
      };
    },

    /** Up to `limit` day rollups after `afterDay` (all from the start for null), in day order: one slice of a background read. */
    daysAfter(afterDay: string | null, limit: number): Promise<ProgressDayRecord[]> {
      const from =
        afterDay === null ? db.progressDays.orderBy('day') : db.progressDays.where('day').above(afterDay);
      return from.limit(limit).toArray();
    },

    /** Up to `limit` facts after the fact id `afterId` (from the first for null), in id order. */
    factsAfter(afterId: string | null, limit: number): Promise<ProgressFactRecord[]> {
      const from =
        afterId === null ? db.progressFacts.orderBy(':id') : db.progressFacts.where(':id').above(afterId);
      return from.limit(limit).toArray();
    },

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

    /** The months of `keys` as stored now, `undefined` where a month has no facts left. */
    monthsNamed(keys: readonly string[]): Promise<(ProgressMonth | undefined)[]> {
      return db.progressMonths.bulkGet([...keys]);
    },

    /** The day rollups of `keys` as stored now, `undefined` where a day has none left. */
    daysNamed(keys: readonly string[]): Promise<(ProgressDayRecord | undefined)[]> {
      return db.progressDays.bulkGet([...keys]);
    },

    /** The facts of `ids` as stored now, `undefined` where a reflection has none (any more). */
    factsNamed(ids: readonly string[]): Promise<(ProgressFactRecord | undefined)[]> {
      return db.progressFacts.bulkGet([...ids]);
    },

    /** The facts of every reflection a plan looked back on. */
    async plannedFacts(): Promise<ProgressFactRecord[]> {
      const linked = (await db.preparations.orderBy('reflectionId').uniqueKeys()) as string[];
      const planned = await db.progressFacts.bulkGet(linked);
      return planned.filter((fact): fact is ProgressFactRecord => fact !== undefined);
    },

    /**
     * Calls `onWrite` after every committed write to the Progress tables or the plans, from this
     * tab or another (Dexie relays its change signal between tabs), naming the days and facts
     * written where the signal names single keys; `'all'` where it names a range. Returns the unsubscribe.
     */
    watchWrites(onWrite: (written: ProgressWrites) => void): () => void {
      const prefix = `idb://${db.name}/`;
      const listener = (parts: Record<string, unknown>) => {
        const days = keysOf(parts[`${prefix}progressDays/`]);
        const facts = keysOf(parts[`${prefix}progressFacts/`]);
        const months = keysOf(parts[`${prefix}progressMonths/`]);
        const plans = parts[`${prefix}preparations/`] !== undefined;
        if ('all' in parts) onWrite({ days: 'all', facts: 'all', months: 'all', plans: true });
        else if (days.length > 0 || facts.length > 0 || months.length > 0 || plans) {
          onWrite({ days, facts, months, plans });
        }
      };
      Dexie.on('storagemutated', listener);
      return () => Dexie.on('storagemutated').unsubscribe(listener);
    },

    /** The first day anything was recorded, or null for a journal with no complete reflections. */
    async firstDay(): Promise<string | null> {
      const first = await db.progressFacts.orderBy('day').first();
      return first?.day ?? null;
    },
  };
}

export type ProgressRepository = ReturnType<typeof createProgressRepository>;
