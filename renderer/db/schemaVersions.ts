import type { Transaction } from 'dexie';
import type { Reflection } from '../../shared/domain/reflectionSchema';
import { daysFromFacts, type ProgressDay } from '../../shared/progress/progressDay';
import { toProgressFact, type ProgressFact } from '../../shared/progress/progressFact';
import { monthsFromFacts, type ProgressMonth } from '../../shared/progress/progressMonth';

/**
 * Every schema version ever released, in order. Append-only: a released entry is never
 * edited, because users' databases were created from it. Data changes go in `upgrade`,
 * a transform with its own test in tests/unit/renderer/db.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** How many reflections an upgrade reads at a time: bounded memory in a large journal. */
const SORT_KEY_UPGRADE_PART = 2_000;

/**
 * Reads every reflection in parts of SORT_KEY_UPGRADE_PART, in key order, and writes again those
 * `pick` keeps: the sortKey middleware (reflectionSortKey.ts) gives each what it stores now.
 */
async function rewriteReflections(
  tx: Transaction,
  pick: (reflection: Reflection) => boolean = () => true,
): Promise<void> {
  const reflections = tx.table<Reflection, string>('reflections');
  for (let last: string | null = null; ;) {
    const part: Reflection[] = await (
      last === null ? reflections.toCollection() : reflections.where(':id').above(last)
    )
      .limit(SORT_KEY_UPGRADE_PART)
      .toArray();
    const lastOfPart = part.at(-1);
    if (lastOfPart === undefined) return;
    const picked = part.filter(pick);
    if (picked.length > 0) await reflections.bulkPut(picked);
    last = lastOfPart.id;
  }
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { meta: 'key' },
  },
  {
    // The journal. Full reflections are read one at a time; the list reads small rows ordered
    // by sortKey (the instant it happened); deletedAt is indexed only when set, so the Trash
    // is an index scan. searchChanges queues what the search index has not absorbed yet.
    version: 2,
    stores: {
      reflections: 'id',
      listRows: 'id, sortKey, deletedAt, *personIds, *tags',
      people: 'id, nameKey',
      searchChanges: '++seq',
      searchIndex: 'key',
    },
  },
  {
    // One small fact per complete reflection outside the Trash, read by Progress through the day
    // index. Built here for journals written before it existed; kept in step by the reflection
    // repository in the same transaction as each write.
    version: 3,
    stores: { progressFacts: 'id, day' },
    upgrade: async (tx) => {
      const facts: ProgressFact[] = [];
      await tx.table<Reflection, string>('reflections').each((reflection) => {
        const fact = toProgressFact(reflection);
        if (fact !== null) facts.push(fact);
      });
      await tx.table<ProgressFact, string>('progressFacts').bulkPut(facts);
    },
  },
  {
    // Comments a coach sent back in a feedback file, kept beside the reflections they are about.
    // `unread` is 1 or 0 rather than readAt alone, because IndexedDB leaves null out of an index
    // and the journal list asks for exactly the unread ones. A new table: nothing to carry over.
    version: 4,
    stores: { coachFeedback: 'id, reflectionId, unread' },
  },
  {
    // Plans for a conversation still to come, each looked back on by at most one reflection.
    // plannedAt orders what is coming up and what waits for a reflection; reflectionId and
    // deletedAt are indexed only when set (IndexedDB leaves null out), so the linked ones and
    // the Trash are index scans. A new table: nothing to carry over.
    version: 5,
    stores: { preparations: 'id, plannedAt, reflectionId, deletedAt, *personIds' },
  },
  {
    // Per local day, the sums the unfiltered Progress figures need, keyed by the day, so a range
    // is drawn from a few thousand days instead of every fact. Built here from the facts of
    // journals written before it; kept in step with the facts in the same transaction.
    version: 6,
    stores: { progressDays: 'day' },
    upgrade: async (tx) => {
      const facts = await tx.table<ProgressFact, string>('progressFacts').toArray();
      await tx.table<ProgressDay, string>('progressDays').bulkPut(daysFromFacts(facts));
    },
  },
  {
    // Per calendar month, that month's facts in columns, so Progress reads the whole journal as
    // a few dozen records (a browser charges about the same for each record, whatever its size).
    // Built here from the facts; kept in step with them in the same transaction.
    version: 7,
    stores: { progressMonths: 'month' },
    upgrade: async (tx) => {
      const facts = await tx.table<ProgressFact, string>('progressFacts').toArray();
      await tx.table<ProgressMonth, string>('progressMonths').bulkPut(monthsFromFacts(facts));
    },
  },
  {
    // The month records are the one Progress store: a day's totals are derived from its month
    // (`monthDays`), so the per-reflection facts and the per-day rollups, read by nothing any more,
    // are dropped, and a save or an import writes a month or two instead of a record per reflection
    // and per day. A write finds the month holding a reflection from its stored copy's day (an
    // index of each month's ids would make every save rewrite hundreds of index entries). The
    // month format is unchanged: nothing to rewrite.
    version: 8,
    stores: { progressFacts: null, progressDays: null },
  },
  {
    // The list rows' tags index is dropped: nothing ever looked rows up by tag (the search index
    // and Progress filter by tag from their own records), and each of a row's tags was one more
    // entry written by every save and every import. The rows keep their tags; only the index goes.
    version: 9,
    stores: { listRows: 'id, sortKey, deletedAt, *personIds' },
  },
  {
    // One record per reflection: the list's indexes move onto the reflections and the list rows
    // are dropped. A browser charges about the same for each record written whatever its size, so
    // an import or a save that wrote a reflection and its row now writes one record. The list row
    // is derived from the reflection as it is read; `sortKey`, which orders the list, is the
    // database's own field (reflectionSortKey.ts). Every reflection is written again once here,
    // in parts, and the middleware gives each its sortKey.
    version: 10,
    stores: { reflections: 'id, sortKey, deletedAt, *personIds', listRows: null },
    upgrade: (tx) => rewriteReflections(tx),
  },
  {
    // Two sparse indexes, so two reads no longer walk every reflection (about 5 s and 4 s at
    // 50,000). `preparationId`: "Reflect now" on a plan continues the draft already started on it
    // (only reflections that look back on a plan have an entry: null is not a key).
    // `draftSortKey`: the Drafts list, the middleware's sortKey on unfinished drafts outside the
    // Trash only; the drafts are written again here so they gain it.
    version: 11,
    stores: { reflections: 'id, sortKey, deletedAt, *personIds, preparationId, draftSortKey' },
    upgrade: (tx) =>
      rewriteReflections(tx, (reflection) => reflection.status === 'draft' && reflection.deletedAt === null),
  },
];

export const latestSchemaVersion = schemaVersions.reduce((max, v) => Math.max(max, v.version), 0);
