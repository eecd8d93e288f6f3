import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { DAY_MS } from '../../../shared/domain/localDateTime';
import type { JournalDatabase } from '../JournalDatabase';
import type { ListRowRecord } from '../records';
import { deleteProgressFacts, syncProgressFact, syncProgressFacts } from './progressRepository';
import { fillPeopleRelationship } from './personRepository';
import { ReflectionValidationError, StaleReflectionError, withRevision } from './reflectionWriteErrors';
import { sortKeyOf, toListRowRecords } from './toListRowRecord';
import {
  buildAppVersion,
  decideTrashPurge,
  LAST_PURGE_APP_VERSION_KEY,
  LAST_WRITE_AT_KEY,
} from './trashPurgeGuard';
import { loadWriteSchemas, writeSchemasIfLoaded, type WriteSchemas } from './writeSchemas';

export { ReflectionValidationError, StaleReflectionError } from './reflectionWriteErrors';

export const TRASH_RETENTION_DAYS = 30;
/** A prefetched first page is only taken this soon after it was read: it is for start-up alone. */
const PREFETCH_FRESH_MS = 10_000;

function isActive(reflection: Reflection): boolean {
  return reflection.deletedAt === null;
}

/** Newest first: the list's order. */
function newestFirst(rows: ListRowRecord[]): ListRowRecord[] {
  return rows.sort((a, b) => b.sortKey - a.sortKey);
}

/**
 * Which revision a write expects to find stored: the one the caller loaded (an editor's
 * autosave, "Save reflection"), or `current` for an action on whatever is stored now
 * (star, Trash, restore), which reads and writes in the same transaction.
 */
type ExpectedRevision = number | 'current';

/**
 * Every table a reflection's write touches. A caller that writes a reflection inside a wider
 * transaction (completing one on a plan) holds these too, so the nested write can join it.
 */
export function reflectionWriteTables(db: JournalDatabase) {
  return [db.reflections, db.searchChanges, db.progressMonths, db.meta, db.people] as const;
}

/**
 * The only code that writes reflections. Each write puts the reflection (its own list row: the
 * list reads it through the store's indexes) and a search change in one transaction, so the
 * list, the entry and search never disagree.
 * Every write checks the stored revision and adds one in that transaction (compare and set),
 * so two windows cannot undo each other's changes. Nothing is awaited inside a transaction
 * but Dexie's own calls: an awaited timer or IPC would let IndexedDB commit half of the writes.
 */
export function createReflectionRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  const tables = reflectionWriteTables(db);

  /**
   * Reads what is stored, refuses a write made from an older copy, and writes `change(stored)`
   * with the next revision, all in one transaction. A new reflection expects revision 0.
   */
  async function write(
    id: string,
    expected: ExpectedRevision,
    change: (stored: Reflection | undefined) => Reflection,
  ): Promise<Reflection> {
    return db.transaction('rw', tables, async () => {
      const found = await db.reflections.get(id);
      const stored = found === undefined ? undefined : withRevision(found);
      const storedRevision = stored?.revision ?? 0;
      if (expected !== 'current' && (stored === undefined ? expected !== 0 : expected !== storedRevision)) {
        throw new StaleReflectionError(stored, expected);
      }
      const reflection = { ...change(stored), revision: storedRevision + 1 };
      await Promise.all([
        db.reflections.put(reflection),
        db.searchChanges.add({ reflectionId: reflection.id, kind: 'put' }),
        syncProgressFact(db, reflection, found),
        fillPeopleRelationship(db, reflection, reflection.updatedAt),
        db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() }),
      ]);
      return reflection;
    });
  }

  /** An action on whatever is stored now; a reflection that is gone cannot be acted on. */
  function act(id: string, change: (stored: Reflection) => Reflection): Promise<Reflection> {
    return write(id, 'current', (stored) => {
      if (stored === undefined) throw new Error('That reflection no longer exists.');
      return change(stored);
    });
  }

  /**
   * Each write takes the schemas before its transaction opens: `writeSchemasIfLoaded() ??
   * (await loadWriteSchemas())` awaits nothing once they are loaded, so a write inside a caller's
   * transaction (completing one on a plan, which loads them first) joins it.
   */
  function validate(schemas: WriteSchemas, candidate: unknown, complete: boolean): Reflection {
    const schema = complete ? schemas.reflectionCompleteSchema : schemas.reflectionDraftSchema;
    const result = schema.safeParse(candidate);
    if (!result.success) throw new ReflectionValidationError(result.error.issues);
    return result.data;
  }

  // A first page read started before the app renders (see prefetchNewestRows).
  let prefetched: {
    limit: number;
    rows: Promise<ListRowRecord[]>;
    startedAt: number;
    /** The rows, once the read has finished. */
    settled?: ListRowRecord[];
  } | null = null;
  let startupRead: Promise<unknown> | null = null;

  /**
   * Rows are read in one request and the few in the Trash dropped here: a Dexie filter would
   * walk a cursor instead, a round trip per row, each waiting its turn on a busy main thread
   * at start-up. If deleted rows leave the page short, it reads again, twice as far.
   */
  async function readNewestRows(limit: number, beforeSortKey: number): Promise<ListRowRecord[]> {
    for (let reach = limit; ; reach *= 2) {
      const found = await db.reflections
        .where('sortKey')
        .below(beforeSortKey)
        .reverse()
        .limit(reach)
        .toArray();
      const active = found.filter(isActive);
      if (active.length >= limit || found.length < reach) return toListRowRecords(active.slice(0, limit));
    }
  }

  return {
    /**
     * Starts reading the journal's first page while the app is still rendering; the first
     * newestRows call for the same page takes it instead of reading again. The list keeps each
     * page live by range afterwards, so an answer a moment old is corrected at once anyway.
     */
    prefetchNewestRows(limit: number): Promise<ListRowRecord[]> {
      const rows = readNewestRows(limit, Infinity);
      const early: NonNullable<typeof prefetched> = { limit, rows, startedAt: performance.now() };
      rows.then(
        (found) => (early.settled = found),
        () => undefined,
      );
      prefetched = early;
      startupRead = rows;
      return rows;
    },

    /**
     * The prefetched first page if its read has already finished, for the list's first render
     * (the shell and the rows in one render); taking it uses it up, as newestRows does.
     */
    takeReadNewestRows(limit: number): ListRowRecord[] | undefined {
      const early = prefetched;
      if (
        early?.settled === undefined ||
        early.limit !== limit ||
        performance.now() - early.startedAt >= PREFETCH_FRESH_MS
      )
        return undefined;
      prefetched = null;
      return early.settled;
    },

    /**
     * Autosave: keeps whatever was typed, valid as a draft. A complete reflection stays complete
     * only if still valid. `reflection.revision` is the revision it was loaded at (0 for a new
     * one); a StaleReflectionError means another window wrote it since, and nothing was written.
     */
    async saveDraft(reflection: Reflection): Promise<Reflection> {
      const schemas = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const stamped = { ...withRevision(reflection), updatedAt: now().toISOString() };
      let valid: Reflection | null = null;
      if (stamped.status === 'complete') {
        const complete = schemas.reflectionCompleteSchema.safeParse(stamped);
        if (complete.success) valid = complete.data;
      }
      valid ??= validate(schemas, { ...stamped, status: 'draft' }, false);
      const draft = valid;
      return write(draft.id, draft.revision, () => draft);
    },

    /** "Save reflection": the stricter schema; throws ReflectionValidationError naming each problem. */
    async complete(reflection: Reflection): Promise<Reflection> {
      const valid = validate(
        writeSchemasIfLoaded() ?? (await loadWriteSchemas()),
        { ...withRevision(reflection), status: 'complete', updatedAt: now().toISOString() },
        true,
      );
      return write(valid.id, valid.revision, () => valid);
    },

    async get(id: string): Promise<Reflection | undefined> {
      const found = await db.reflections.get(id);
      return found === undefined ? undefined : withRevision(found);
    },

    /** A bounded read: the newest `limit` rows before `beforeSortKey`, skipping deleted ones. */
    newestRows(limit: number, beforeSortKey = Infinity): Promise<ListRowRecord[]> {
      const early = prefetched;
      prefetched = null;
      if (
        early !== null &&
        early.limit === limit &&
        beforeSortKey === Infinity &&
        performance.now() - early.startedAt < PREFETCH_FRESH_MS
      ) {
        return early.rows;
      }
      return readNewestRows(limit, beforeSortKey);
    },

    /**
     * When the newest completed reflection was last saved, or null if there is none. Reminders
     * use it to stay quiet when the person already reflected that day. Walks the primary key
     * (time-ordered UUIDv7) from the newest row and stops at the first match.
     */
    async latestCompletedAt(): Promise<string | null> {
      const found = await db.reflections
        .reverse()
        .filter((candidate) => candidate.status === 'complete' && candidate.deletedAt === null)
        .first();
      return found?.updatedAt ?? null;
    },

    async countActive(): Promise<number> {
      // Counting every row takes the database a while in a large journal; at start-up it waits
      // for the first page, which is what the person is waiting for.
      await startupRead?.catch(() => undefined);
      const [all, deleted] = await Promise.all([
        db.reflections.count(),
        db.reflections.where('deletedAt').above('').count(),
      ]);
      return all - deleted;
    },

    async rowsForPerson(personId: string): Promise<ListRowRecord[]> {
      const found = await db.reflections.where('personIds').equals(personId).toArray();
      return newestFirst(toListRowRecords(found.filter(isActive)));
    },

    /** Every draft outside the Trash, newest first: read in the sortKey index's order, so none is sorted here. */
    /**
     * The unfinished draft that looks back on a plan (the newest, should there be two), outside
     * the Trash: "Reflect now" on the plan again continues it. Read through the preparationId
     * index, so only the plan's own reflections are read.
     */
    async draftOnPlan(preparationId: string): Promise<Reflection | undefined> {
      const found = await db.reflections.where('preparationId').equals(preparationId).toArray();
      const drafts = found.filter((reflection) => reflection.status === 'draft' && isActive(reflection));
      return drafts
        .map(withRevision)
        .sort((a, b) => sortKeyOf(b) - sortKeyOf(a))
        .at(0);
    },

    async trash(): Promise<ListRowRecord[]> {
      return toListRowRecords(
        await db.reflections.where('deletedAt').above('').reverse().sortBy('deletedAt'),
      );
    },

    async setStarred(id: string, starred: boolean): Promise<void> {
      await act(id, (stored) => ({ ...stored, starred, updatedAt: now().toISOString() }));
    },

    /** Moves to the Trash; restorable for 30 days. */
    async moveToTrash(id: string): Promise<void> {
      await act(id, (stored) => ({ ...stored, deletedAt: now().toISOString() }));
    },

    async restore(id: string): Promise<void> {
      await act(id, (stored) => ({ ...stored, deletedAt: null, updatedAt: now().toISOString() }));
    },

    /**
     * Removes for good whatever has been in the Trash longer than the retention period, unless
     * the clock cannot be trusted (see decideTrashPurge): then nothing, and it says why.
     */
    async purgeExpiredTrash(appVersion: string = buildAppVersion()): Promise<number> {
      const [lastWriteAt, lastPurgeAppVersion] = await Promise.all([
        db.meta.get(LAST_WRITE_AT_KEY),
        db.meta.get(LAST_PURGE_APP_VERSION_KEY),
      ]);
      const decision = decideTrashPurge({
        now: now(),
        lastWriteAt: lastWriteAt?.value,
        appVersion,
        lastPurgeAppVersion: lastPurgeAppVersion?.value,
      });
      if (!decision.purge) {
        if (decision.reason === 'first-start-of-version') {
          await db.meta.put({ key: LAST_PURGE_APP_VERSION_KEY, value: appVersion });
        }
        return 0;
      }
      const cutoff = new Date(now().getTime() - TRASH_RETENTION_DAYS * DAY_MS).toISOString();
      const expiredKeys = () =>
        db.reflections.where('deletedAt').between('', cutoff, false, true).primaryKeys();
      // Most starts have nothing to purge: a read-only look first spares them a write lock.
      if ((await expiredKeys()).length === 0) return 0;
      return db.transaction('rw', tables, async () => {
        const found = await db.reflections.where('deletedAt').between('', cutoff, false, true).toArray();
        const expired = found.map((reflection) => reflection.id);
        await db.reflections.bulkDelete(expired);
        await deleteProgressFacts(db, found);
        await db.searchChanges.bulkAdd(
          expired.map((reflectionId) => ({ reflectionId, kind: 'delete' as const })),
        );
        return expired.length;
      });
    },

    /**
     * Active rows with lowerSortKey <= sortKey < upperSortKey, newest first. The journal list
     * keeps each loaded page live by range, so a page never loses a row to a limit when
     * something is saved above it.
     */
    async rowsInSortKeyRange(
      lowerSortKey: number,
      upperSortKey: number,
      status?: ListRowRecord['status'],
    ): Promise<ListRowRecord[]> {
      // One request for the range, filtered and reversed here (see readNewestRows).
      const found = await db.reflections
        .where('sortKey')
        .between(lowerSortKey, upperSortKey, true, false)
        .toArray();
      return toListRowRecords(
        found.filter(
          (reflection) => isActive(reflection) && (status === undefined || reflection.status === status),
        ),
      ).reverse();
    },

    /**
     * Like newestRows, but unfinished drafts outside the Trash only, through their own index (the
     * middleware's `draftSortKey`, the same instant as sortKey): a page reads its drafts and
     * nothing else, however few drafts a large journal holds.
     */
    async newestDraftRows(limit: number, beforeSortKey = Infinity): Promise<ListRowRecord[]> {
      const found = await db.reflections
        .where('draftSortKey')
        .below(beforeSortKey)
        .reverse()
        .limit(limit)
        .toArray();
      return toListRowRecords(found);
    },

    /** Full reflections by id, in the order asked, skipping any that no longer exist. */
    async getMany(ids: readonly string[]): Promise<Reflection[]> {
      const found = await db.reflections.bulkGet([...ids]);
      return found.filter((reflection): reflection is Reflection => reflection !== undefined);
    },

    /**
     * For the People page: how many active reflections mention a person (an index count, minus
     * the few in the Trash) and the newest few in full, read through the personIds index so a
     * person's summary never touches anyone else's reflections. "Newest" follows the id, which
     * is time-ordered by creation.
     */
    async personOverview(
      personId: string,
      recentLimit: number,
    ): Promise<{ count: number; recent: Reflection[] }> {
      return db.transaction('r', db.reflections, async () => {
        const [mentions, trashed, recent] = await Promise.all([
          db.reflections.where('personIds').equals(personId).count(),
          db.reflections
            .where('deletedAt')
            .above('')
            .filter((reflection) => reflection.personIds.includes(personId))
            .count(),
          db.reflections
            .where('personIds')
            .equals(personId)
            .reverse()
            .filter((reflection) => reflection.deletedAt === null)
            .limit(recentLimit)
            .toArray(),
        ]);
        return { count: mentions - trashed, recent };
      });
    },

    /**
     * "Delete forever" from the Trash: the reflection, its row and a search delete in one
     * transaction. Refuses a reflection that is not in the Trash, so nothing skips the Undo path.
     */
    async deleteForever(id: string): Promise<void> {
      await db.transaction('rw', tables, async () => {
        const found = await db.reflections.get(id);
        if (!found) throw new Error('That reflection no longer exists.');
        if (found.deletedAt === null)
          throw new Error('Only reflections in the Trash can be deleted forever.');
        await db.reflections.delete(id);
        await deleteProgressFacts(db, [found]);
        await db.searchChanges.add({ reflectionId: id, kind: 'delete' });
      });
    },

    /**
     * Many reflections in one transaction: a bad one means none are written. An import replaces
     * what is stored, and its revision moves past the stored one, so a window still editing the
     * old copy is told rather than writing over the import.
     */
    async bulkImport(reflections: readonly Reflection[]): Promise<number> {
      const schemas = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const checked = reflections.map((reflection) =>
        validate(schemas, reflection, reflection.status === 'complete'),
      );
      await db.transaction('rw', tables, async () => {
        const stored = await db.reflections.bulkGet(checked.map((reflection) => reflection.id));
        const valid = checked.map((reflection, index) => {
          const before = stored[index];
          if (before === undefined) return reflection;
          return {
            ...reflection,
            revision: Math.max(reflection.revision, withRevision(before).revision + 1),
          };
        });
        await db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() });
        await db.reflections.bulkPut(valid);
        await syncProgressFacts(db, valid, stored);
        await db.searchChanges.bulkAdd(valid.map((r) => ({ reflectionId: r.id, kind: 'put' as const })));
      });
      return checked.length;
    },
  };
}

export type ReflectionRepository = ReturnType<typeof createReflectionRepository>;
