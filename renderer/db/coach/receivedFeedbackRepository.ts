import * as z from 'zod';
import type { FeedbackFile } from '../../../shared/coach/feedbackFile';
import type { JournalDatabase } from '../JournalDatabase';
import {
  createCoachFeedbackRepository,
  type FeedbackAttachResult,
} from '../repositories/coachFeedbackRepository';

/** The meta key holding what the latest feedback file said beyond its comments. */
export const RECEIVED_FEEDBACK_KEY = 'coachFeedbackReceived';

/**
 * What a coach's latest feedback said about the journal as a whole: the reflections the coach
 * wants to talk about, and the session notes when the coach chose to send them.
 */
const receivedFeedbackSchema = z.object({
  feedbackExportedAt: z.string(),
  receivedAt: z.string(),
  needsDiscussion: z.array(z.string()),
  sessionNotes: z.string().nullable(),
});

export type ReceivedFeedback = z.output<typeof receivedFeedbackSchema>;

/**
 * Attaches a feedback file's comments and keeps its "Needs discussion" list and session notes,
 * all in one transaction: a file for another journal, or a failure half-way, writes nothing.
 * An older file than the one already received leaves the list and notes as they are (its
 * comments are still matched one by one).
 */
export function createReceivedFeedbackRepository(db: JournalDatabase, now: () => Date = () => new Date()) {
  const comments = createCoachFeedbackRepository(db, now);

  async function read(): Promise<ReceivedFeedback | null> {
    const stored = await db.meta.get(RECEIVED_FEEDBACK_KEY);
    if (stored === undefined) return null;
    const parsed = receivedFeedbackSchema.safeParse(stored.value);
    // Unreadable, it is as if none had come: the next feedback file writes it again.
    return parsed.success ? parsed.data : null;
  }

  return {
    read,

    async attach(file: FeedbackFile): Promise<FeedbackAttachResult> {
      return db.transaction('rw', [db.meta, db.reflections, db.coachFeedback], async () => {
        const result = await comments.attach(file);
        const previous = await read();
        if (previous === null || Date.parse(previous.feedbackExportedAt) <= Date.parse(file.exportedAt)) {
          const received: ReceivedFeedback = {
            feedbackExportedAt: file.exportedAt,
            receivedAt: now().toISOString(),
            needsDiscussion: [...file.needsDiscussion],
            sessionNotes: file.sessionNotes ?? null,
          };
          await db.meta.put({ key: RECEIVED_FEEDBACK_KEY, value: received });
        }
        return result;
      });
    },
  };
}

export type ReceivedFeedbackRepository = ReturnType<typeof createReceivedFeedbackRepository>;
