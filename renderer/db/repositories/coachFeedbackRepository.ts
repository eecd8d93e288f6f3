import type { CoachComment } from '../../../shared/coach/coachComment';
import type { FeedbackFile } from '../../../shared/coach/feedbackFile';
import { ANOTHER_JOURNAL_MESSAGE, planFeedback, type FeedbackPlan } from '../../../shared/coach/planFeedback';
import type { JournalDatabase } from '../JournalDatabase';
import type { CoachFeedbackRecord } from '../records';
import { JOURNAL_ID_KEY } from './journalIdKey';

/** The feedback file names another journal (or this journal was never exported): nothing was written. */
export class FeedbackForAnotherJournalError extends Error {
  override name = 'FeedbackForAnotherJournalError';

  constructor() {
    super(ANOTHER_JOURNAL_MESSAGE);
  }
}

export type FeedbackAttachPlan = Extract<FeedbackPlan, { kind: 'attach' }>;

export interface FeedbackAttachResult {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Comments on reflections this journal does not have, for the page to list. */
  readonly notFound: readonly CoachComment[];
}

function byCreatedAt(first: CoachFeedbackRecord, second: CoachFeedbackRecord): number {
  const difference = Date.parse(first.createdAt) - Date.parse(second.createdAt);
  return difference !== 0 ? difference : first.id < second.id ? -1 : 1;
}

/**
 * The only code that touches the coachFeedback table: comments a coach sent back, attached to
 * the reflections they are about. Attaching reads and writes in one transaction, so a file for
 * another journal, or a failure half-way, leaves the journal as it was.
 */
export function createCoachFeedbackRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  const readTables = [db.meta, db.reflections, db.coachFeedback] as const;

  /** Plans against what is stored now; called inside the caller's transaction. */
  async function plan(file: FeedbackFile): Promise<FeedbackPlan> {
    const reflectionIds = [...new Set(file.comments.map(({ reflectionId }) => reflectionId))];
    const [meta, reflections, received] = await Promise.all([
      db.meta.get(JOURNAL_ID_KEY),
      db.reflections.bulkGet(reflectionIds),
      db.coachFeedback.bulkGet(file.comments.map(({ id }) => id)),
    ]);
    const found = new Set(reflectionIds.filter((_, index) => reflections[index] !== undefined));
    return planFeedback(file, {
      journalId: typeof meta?.value === 'string' ? meta.value : null,
      hasReflection: (id) => found.has(id),
      received: new Map(
        received.flatMap((record) => (record === undefined ? [] : [[record.id, record.updatedAt] as const])),
      ),
    });
  }

  function attachPlan(planned: FeedbackPlan): FeedbackAttachPlan {
    if (planned.kind === 'another-journal') throw new FeedbackForAnotherJournalError();
    return planned;
  }

  return {
    /** What attaching would do, writing nothing; a file for another journal is refused here already. */
    async preview(file: FeedbackFile): Promise<FeedbackAttachPlan> {
      return attachPlan(await db.transaction('r', readTables, () => plan(file)));
    },

    /**
     * Stores the comments on this journal's reflections: new ones as unread, a newer edit of one
     * already received in its place (unread again, since it says something new), the same one
     * again not at all. Comments on reflections not found are returned, not written.
     */
    async attach(file: FeedbackFile): Promise<FeedbackAttachResult> {
      const receivedAt = now().toISOString();
      return db.transaction('rw', readTables, async () => {
        const planned = attachPlan(await plan(file));
        const writes = [...planned.added, ...planned.updated].map((comment): CoachFeedbackRecord => ({
          ...comment,
          receivedAt,
          readAt: null,
          unread: 1,
          feedbackExportedAt: file.exportedAt,
        }));
        if (writes.length > 0) await db.coachFeedback.bulkPut(writes);
        return {
          added: planned.added.length,
          updated: planned.updated.length,
          unchanged: planned.unchanged,
          notFound: planned.notFound,
        };
      });
    },

    /** The comments on one reflection, oldest first, as the entry page shows them. */
    async commentsFor(reflectionId: string): Promise<CoachFeedbackRecord[]> {
      const records = await db.coachFeedback.where('reflectionId').equals(reflectionId).toArray();
      return records.sort(byCreatedAt);
    },

    /** Reflections with at least one comment not yet marked as read, for the journal list's badge. */
    async unreadReflectionIds(): Promise<Set<string>> {
      const unread = await db.coachFeedback.where('unread').equals(1).toArray();
      return new Set(unread.map(({ reflectionId }) => reflectionId));
    },

    /** Whether one reflection has a comment not yet marked as read: the journal row's badge. */
    async hasUnread(reflectionId: string): Promise<boolean> {
      const unread = await db.coachFeedback
        .where('reflectionId')
        .equals(reflectionId)
        .filter((record) => record.unread === 1)
        .count();
      return unread > 0;
    },

    /** Marks every comment on one reflection as read; returns how many changed. */
    async markReflectionRead(reflectionId: string): Promise<number> {
      const readAt = now().toISOString();
      return db.transaction('rw', db.coachFeedback, () =>
        db.coachFeedback
          .where('reflectionId')
          .equals(reflectionId)
          .and((record) => record.unread === 1)
          .modify({ readAt, unread: 0 }),
      );
    },
  };
}

export type CoachFeedbackRepository = ReturnType<typeof createCoachFeedbackRepository>;
