import { coachCommentSchema } from '../../../shared/coach/coachComment';
import { newTimeOrderedId } from '../../../shared/domain/timeOrderedId';
import type { CoachCommentRecord, CoachDatabase, CoachFlagRecord, SessionNotesRecord } from './coachDatabase';

/** A comment the coach wrote could not be saved as it is; the message names the field and the problem. */
export class CoachCommentValidationError extends Error {
  override name = 'CoachCommentValidationError';
}

function checked(record: CoachCommentRecord): CoachCommentRecord {
  const { clientId, ...comment } = record;
  const result = coachCommentSchema.safeParse(comment);
  if (!result.success) {
    throw new CoachCommentValidationError(result.error.issues.map((issue) => issue.message).join('; '));
  }
  return { ...result.data, clientId };
}

/** Newest last, the order a conversation reads in. */
const byCreation = (a: CoachCommentRecord, b: CoachCommentRecord) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1;

/** What the coach writes about a client: comments, "Needs discussion" flags and session notes. */
export function createCoachNotesRepository(coach: CoachDatabase, now: () => Date = () => new Date()) {
  return {
    async commentsOn(clientId: string, reflectionId: string): Promise<CoachCommentRecord[]> {
      const found = await coach.comments
        .where('[clientId+reflectionId]')
        .equals([clientId, reflectionId])
        .toArray();
      return found.sort(byCreation);
    },

    async commentsFor(clientId: string): Promise<CoachCommentRecord[]> {
      return (await coach.comments.where('clientId').equals(clientId).toArray()).sort(byCreation);
    },

    /** A comment on the reflection as a whole (`principleId` null) or on one principle's block. */
    async addComment(input: {
      clientId: string;
      reflectionId: string;
      principleId: string | null;
      text: string;
    }): Promise<CoachCommentRecord> {
      const at = now();
      const record = checked({
        id: newTimeOrderedId(at),
        ...input,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
      });
      await coach.comments.add(record);
      return record;
    },

    /** Reads and writes in one transaction, so a comment removed meanwhile is not brought back. */
    async editComment(commentId: string, text: string): Promise<CoachCommentRecord> {
      return coach.transaction('rw', coach.comments, async () => {
        const stored = await coach.comments.get(commentId);
        if (stored === undefined) throw new CoachCommentValidationError('This comment was deleted.');
        const record = checked({ ...stored, text, updatedAt: now().toISOString() });
        await coach.comments.put(record);
        return record;
      });
    },

    async deleteComment(commentId: string): Promise<void> {
      await coach.comments.delete(commentId);
    },

    async flagsFor(clientId: string): Promise<CoachFlagRecord[]> {
      return coach.flags.where('clientId').equals(clientId).toArray();
    },

    async isFlagged(clientId: string, reflectionId: string): Promise<boolean> {
      return (await coach.flags.get([clientId, reflectionId])) !== undefined;
    },

    /** "Needs discussion" on or off for one reflection. */
    async setFlag(clientId: string, reflectionId: string, flagged: boolean): Promise<void> {
      if (flagged) await coach.flags.put({ clientId, reflectionId, flaggedAt: now().toISOString() });
      else await coach.flags.delete([clientId, reflectionId]);
    },

    async sessionNotes(clientId: string): Promise<SessionNotesRecord | null> {
      return (await coach.sessionNotes.get(clientId)) ?? null;
    },

    async saveSessionNotes(
      clientId: string,
      change: { text: string; includeInFeedback: boolean },
    ): Promise<SessionNotesRecord> {
      const record: SessionNotesRecord = { clientId, ...change, updatedAt: now().toISOString() };
      await coach.sessionNotes.put(record);
      return record;
    },
  };
}

export type CoachNotesRepository = ReturnType<typeof createCoachNotesRepository>;
