import {
  reflectionCompleteSchema,
  reflectionDraftSchema,
  type Reflection,
} from '../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../JournalDatabase';
import type { ListRowRecord } from '../records';
import { toListRowRecord } from './toListRowRecord';

export const TRASH_RETENTION_DAYS = 30;
const DAY_MS = 86_400_000;

export class ReflectionValidationError extends Error {
  constructor(readonly issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'ReflectionValidationError';
  }
}

/**
 * The only code that writes reflections. Each write puts the full reflection, its list row
 * and a search change in one transaction, so the list, the entry and search never disagree.
 * Nothing is awaited inside a transaction but Dexie's own calls: an awaited timer or IPC
 * would let IndexedDB commit half of the writes.
 */
export function createReflectionRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  const tables = [db.reflections, db.listRows, db.searchChanges] as const;

  async function write(reflection: Reflection): Promise<Reflection> {
    await db.transaction('rw', tables, async () => {
      await db.reflections.put(reflection);
      await db.listRows.put(toListRowRecord(reflection));
      await db.searchChanges.add({ reflectionId: reflection.id, kind: 'put' });
    });
    return reflection;
  }

  function validate(candidate: unknown, complete: boolean): Reflection {
    const schema = complete ? reflectionCompleteSchema : reflectionDraftSchema;
    const result = schema.safeParse(candidate);
    if (!result.success) throw new ReflectionValidationError(result.error.issues);
    return result.data;
  }

  return {
    /** Autosave: keeps whatever was typed, valid as a draft. A complete reflection stays complete only if still valid. */
    async saveDraft(reflection: Reflection): Promise<Reflection> {
      const stamped = { ...reflection, updatedAt: now().toISOString() };
      if (stamped.status === 'complete') {
        const complete = reflectionCompleteSchema.safeParse(stamped);
        if (complete.success) return write(complete.data);
      }
      return write(validate({ ...stamped, status: 'draft' }, false));
    },

    /** "Save reflection": the stricter schema; throws ReflectionValidationError naming each problem. */
    async complete(reflection: Reflection): Promise<Reflection> {
      return write(validate({ ...reflection, status: 'complete', updatedAt: now().toISOString() }, true));
    },

    get(id: string): Promise<Reflection | undefined> {
      return db.reflections.get(id);
    },

    /** A bounded read: the newest `limit` rows before `beforeSortKey`, skipping deleted ones. */
    async newestRows(limit: number, beforeSortKey = Infinity): Promise<ListRowRecord[]> {
      return db.listRows
        .where('sortKey')
        .below(beforeSortKey)
        .reverse()
        .filter((row) => row.deletedAt === null)
        .limit(limit)
        .toArray();
    },

    async countActive(): Promise<number> {
      const [all, deleted] = await Promise.all([
        db.listRows.count(),
        db.listRows.where('deletedAt').above('').count(),
      ]);
      return all - deleted;
    },

    rowsForPerson(personId: string): Promise<ListRowRecord[]> {
      return db.listRows
        .where('personIds')
        .equals(personId)
        .filter((row) => row.deletedAt === null)
        .reverse()
        .sortBy('sortKey');
    },

    drafts(): Promise<ListRowRecord[]> {
      return db.listRows
        .filter((row) => row.status === 'draft' && row.deletedAt === null)
        .reverse()
        .sortBy('sortKey');
    },

    trash(): Promise<ListRowRecord[]> {
      return db.listRows.where('deletedAt').above('').reverse().sortBy('deletedAt');
    },

    async setStarred(id: string, starred: boolean): Promise<void> {
      const reflection = await db.reflections.get(id);
      if (!reflection) throw new Error('That reflection no longer exists.');
      await write({ ...reflection, starred, updatedAt: now().toISOString() });
    },

    /** Moves to the Trash; restorable for 30 days. */
    async moveToTrash(id: string): Promise<void> {
      const reflection = await db.reflections.get(id);
      if (!reflection) throw new Error('That reflection no longer exists.');
      await write({ ...reflection, deletedAt: now().toISOString() });
    },

    async restore(id: string): Promise<void> {
      const reflection = await db.reflections.get(id);
      if (!reflection) throw new Error('That reflection no longer exists.');
      await write({ ...reflection, deletedAt: null, updatedAt: now().toISOString() });
    },

    /** Removes for good whatever has been in the Trash longer than the retention period. */
    async purgeExpiredTrash(): Promise<number> {
      const cutoff = new Date(now().getTime() - TRASH_RETENTION_DAYS * DAY_MS).toISOString();
      return db.transaction('rw', tables, async () => {
        const expired = await db.listRows.where('deletedAt').between('', cutoff, false, true).primaryKeys();
        await db.reflections.bulkDelete(expired);
        await db.listRows.bulkDelete(expired);
        await db.searchChanges.bulkAdd(
          expired.map((reflectionId) => ({ reflectionId, kind: 'delete' as const })),
        );
        return expired.length;
      });
    },

    /** Many reflections in one transaction: a bad one means none are written. */
    async bulkImport(reflections: readonly Reflection[]): Promise<number> {
      const valid = reflections.map((reflection) => validate(reflection, reflection.status === 'complete'));
      await db.transaction('rw', tables, async () => {
        await db.reflections.bulkPut(valid);
        await db.listRows.bulkPut(valid.map(toListRowRecord));
        await db.searchChanges.bulkAdd(valid.map((r) => ({ reflectionId: r.id, kind: 'put' as const })));
      });
      return valid.length;
    },
  };
}

export type ReflectionRepository = ReturnType<typeof createReflectionRepository>;
