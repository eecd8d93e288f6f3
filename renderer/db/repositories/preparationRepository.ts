import { localDateTimeToEpochMs } from '../../../shared/domain/localDateTime';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { JournalDatabase } from '../JournalDatabase';
import { PreparationValidationError, StalePreparationError } from './preparationWriteErrors';
import { reflectionWriteTables, type ReflectionRepository } from './reflectionRepository';
import { withRevision } from './reflectionWriteErrors';
import { LAST_WRITE_AT_KEY } from './trashPurgeGuard';
import { loadWriteSchemas, writeSchemasIfLoaded, type WriteSchemas } from './writeSchemas';

export { PreparationValidationError, StalePreparationError } from './preparationWriteErrors';

/** The revision a write expects stored: the one the editor loaded, or whatever is stored now. */
type ExpectedRevision = number | 'current';

/** When the conversation is planned, as an instant, or null when no time is set. */
export function plannedAtMs(preparation: Preparation): number | null {
  return preparation.plannedAt === null
    ? null
    : localDateTimeToEpochMs(preparation.plannedAt, preparation.timeZone);
}

function byPlannedAt(first: Preparation, second: Preparation): number {
  return (plannedAtMs(first) ?? 0) - (plannedAtMs(second) ?? 0);
}

/**
 * The only code that writes preparations. Every write checks the stored revision and adds one
 * in the same transaction (compare and set), as reflections do, so an editor holding an older
 * copy cannot write over a newer one. Linking a reflection writes both records in one
 * transaction, so neither ever points at the other alone.
 */
export function createPreparationRepository(
  db: JournalDatabase,
  reflections: ReflectionRepository,
  now: () => Date = () => new Date(),
) {
  async function write(
    id: string,
    expected: ExpectedRevision,
    change: (stored: Preparation | undefined) => Preparation,
  ): Promise<Preparation> {
    return db.transaction('rw', [db.preparations, db.meta], async () => {
      const stored = await db.preparations.get(id);
      const storedRevision = stored?.revision ?? 0;
      if (expected !== 'current' && (stored === undefined ? expected !== 0 : expected !== storedRevision)) {
        throw new StalePreparationError(stored, expected);
      }
      const preparation = { ...change(stored), revision: storedRevision + 1 };
      await Promise.all([
        db.preparations.put(preparation),
        db.meta.put({ key: LAST_WRITE_AT_KEY, value: now().toISOString() }),
      ]);
      return preparation;
    });
  }

  function act(id: string, change: (stored: Preparation) => Preparation): Promise<Preparation> {
    return write(id, 'current', (stored) => {
      if (stored === undefined) throw new Error('That preparation no longer exists.');
      return change(stored);
    });
  }

  function validate(schemas: WriteSchemas, candidate: unknown, ready: boolean): Preparation {
    const result = (ready ? schemas.preparationReadySchema : schemas.preparationDraftSchema).safeParse(
      candidate,
    );
    if (!result.success) throw new PreparationValidationError(result.error.issues);
    return result.data;
  }

  /**
   * Points the preparation and the reflection at each other; the caller holds a transaction over
   * reflections, preparations and meta. A reflection that looked back on another plan before
   * lets go of it, so a plan never claims a reflection that is about something else.
   */
  async function linkBoth(preparationId: string, reflectionId: string): Promise<Preparation> {
    const [preparation, found] = await Promise.all([
      db.preparations.get(preparationId),
      db.reflections.get(reflectionId),
    ]);
    if (preparation === undefined) throw new Error('That preparation no longer exists.');
    if (found === undefined) throw new Error('That reflection no longer exists.');
    const reflection = withRevision(found);
    const stamp = now().toISOString();
    const writes: Promise<unknown>[] = [db.meta.put({ key: LAST_WRITE_AT_KEY, value: stamp })];
    const previous = reflection.preparationId;
    if (previous !== preparationId) {
      if (previous !== null) {
        const before = await db.preparations.get(previous);
        if (before !== undefined && before.reflectionId === reflectionId) {
          writes.push(db.preparations.put({ ...before, reflectionId: null, revision: before.revision + 1 }));
        }
      }
      writes.push(
        db.reflections.put({
          ...reflection,
          preparationId,
          updatedAt: stamp,
          revision: reflection.revision + 1,
        }),
      );
    }
    const linked =
      preparation.reflectionId === reflectionId
        ? preparation
        : { ...preparation, reflectionId, updatedAt: stamp, revision: preparation.revision + 1 };
    if (linked !== preparation) writes.push(db.preparations.put(linked));
    await Promise.all(writes);
    return linked;
  }

  const linkTables = () => [db.reflections, db.preparations, db.meta];
  /** What completing a reflection writes, plus the plan. */
  const completeTables = () => [...reflectionWriteTables(db), db.preparations];

  return {
    /**
     * Autosave: keeps whatever was typed, valid as a draft. A ready preparation stays ready only
     * while still valid. `preparation.revision` is the revision it was loaded at (0 for a new one).
     */
    async saveDraft(preparation: Preparation): Promise<Preparation> {
      const schemas = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const stamped = { ...preparation, updatedAt: now().toISOString() };
      let valid: Preparation | null = null;
      if (stamped.status === 'ready') {
        const ready = schemas.preparationReadySchema.safeParse(stamped);
        if (ready.success) valid = ready.data;
      }
      valid ??= validate(schemas, { ...stamped, status: 'draft' }, false);
      const draft = valid;
      return write(draft.id, draft.revision, () => draft);
    },

    /** "Save preparation": needs who it is with and what is wanted; throws naming each problem. */
    async markReady(preparation: Preparation): Promise<Preparation> {
      const schemas = writeSchemasIfLoaded() ?? (await loadWriteSchemas());
      const valid = validate(
        schemas,
        { ...preparation, status: 'ready', updatedAt: now().toISOString() },
        true,
      );
      return write(valid.id, valid.revision, () => valid);
    },

    async get(id: string): Promise<Preparation | undefined> {
      return db.preparations.get(id);
    },

    /** Links a reflection and the preparation it looks back on: both records, one transaction. */
    linkReflection(preparationId: string, reflectionId: string): Promise<Preparation> {
      return db.transaction('rw', linkTables(), () => linkBoth(preparationId, reflectionId));
    },

    /**
     * "Save reflection" for a reflection that looks back on a preparation: the reflection is
     * completed and both records linked in one transaction, so a failure leaves neither changed.
     */
    async completeLinkedReflection(reflection: Reflection): Promise<Reflection> {
      const preparationId = reflection.preparationId;
      if (preparationId === null) return reflections.complete(reflection);
      // The reflection repository's own transaction joins this one (its tables are a subset),
      // and with the schemas loaded first it awaits nothing else on the way.
      await loadWriteSchemas();
      return db.transaction('rw', completeTables(), async () => {
        const saved = await reflections.complete(reflection);
        await linkBoth(preparationId, saved.id);
        return saved;
      });
    },

    /** Moves to the Trash; the reminder it scheduled goes with it (see the reminder sync). */
    async moveToTrash(id: string): Promise<Preparation> {
      return act(id, (stored) => ({ ...stored, deletedAt: now().toISOString() }));
    },

    async restore(id: string): Promise<Preparation> {
      return act(id, (stored) => ({ ...stored, deletedAt: null, updatedAt: now().toISOString() }));
    },

    /** Ready, timed, not reflected on, not in the Trash, and the time has come: oldest first. */
    async waiting(at: Date = now()): Promise<Preparation[]> {
      const timed = await db.preparations.where('plannedAt').above('').toArray();
      return timed
        .filter(
          (p) =>
            p.status === 'ready' &&
            p.reflectionId === null &&
            p.deletedAt === null &&
            (plannedAtMs(p) ?? Infinity) <= at.getTime(),
        )
        .sort(byPlannedAt);
    },

    /** Timed and still to come (drafts too, so a half-made plan is not forgotten): soonest first. */
    async upcoming(at: Date = now()): Promise<Preparation[]> {
      const timed = await db.preparations.where('plannedAt').above('').toArray();
      return timed
        .filter(
          (p) => p.deletedAt === null && p.reflectionId === null && (plannedAtMs(p) ?? 0) > at.getTime(),
        )
        .sort(byPlannedAt);
    },

    /** Every preparation naming a person, outside the Trash, newest plan first. */
    async forPerson(personId: string): Promise<Preparation[]> {
      const found = await db.preparations.where('personIds').equals(personId).toArray();
      return found.filter((p) => p.deletedAt === null).sort((a, b) => byPlannedAt(b, a));
    },

    /**
     * Plans that neither "Coming up" nor "Waiting" shows: any without a time (ready ones too, as
     * "Save preparation" does not ask for one), and drafts whose time passed before they were made
     * ready. Listed so a plan that was started is never out of reach. Most recently changed first.
     * A scan of the table: the plannedAt index leaves the untimed ones out.
     */
    async unfinishedDrafts(at: Date = now()): Promise<Preparation[]> {
      const open = await db.preparations
        .filter((p) => {
          if (p.deletedAt !== null || p.reflectionId !== null) return false;
          const planned = plannedAtMs(p);
          return planned === null || (p.status === 'draft' && planned <= at.getTime());
        })
        .toArray();
      return open.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },

    /** Plans in the Trash, most recently deleted first. */
    async trash(): Promise<Preparation[]> {
      const trashed = await db.preparations.where('deletedAt').above('').toArray();
      return trashed.sort((a, b) => (b.deletedAt ?? '').localeCompare(a.deletedAt ?? ''));
    },

    /**
     * "Delete forever" from the Trash. A reflection that looked back on the plan keeps every word
     * and loses only the link, in the same transaction as the delete, so it never points at
     * nothing. Refuses a plan outside the Trash, so nothing skips the Restore path.
     */
    async deleteForever(id: string): Promise<void> {
      await db.transaction('rw', linkTables(), async () => {
        const stored = await db.preparations.get(id);
        if (stored === undefined) throw new Error('That preparation no longer exists.');
        if (stored.deletedAt === null) throw new Error('Only plans in the Trash can be deleted forever.');
        const stamp = now().toISOString();
        if (stored.reflectionId !== null) {
          const found = await db.reflections.get(stored.reflectionId);
          if (found !== undefined && found.preparationId === id) {
            const reflection = withRevision(found);
            await db.reflections.put({
              ...reflection,
              preparationId: null,
              updatedAt: stamp,
              revision: reflection.revision + 1,
            });
          }
        }
        await db.preparations.delete(id);
        await db.meta.put({ key: LAST_WRITE_AT_KEY, value: stamp });
      });
    },

    /** All stored preparations, the Trash included (for exports and the reminder sync). */
    all(): Promise<Preparation[]> {
      return db.preparations.toArray();
    },
  };
}

export type PreparationRepository = ReturnType<typeof createPreparationRepository>;
