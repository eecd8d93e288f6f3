import * as z from 'zod';
import { isoInstantSchema, nameSchema, uuidV7Schema } from '../domain/fieldSchemas';
import { principleIdSchema } from '../domain/principles';

/** Long enough for a careful paragraph or three; a comment is not a second journal. */
export const COACH_COMMENT_MAX_CHARS = 10_000;

/**
 * One comment a coach left on a client's reflection: on the reflection as a whole
 * (`principleId: null`) or on one principle block. The same shape lives in the coach's workspace,
 * in the feedback file and in the client's journal, so nothing is renamed on the way.
 */
export const coachCommentSchema = z.strictObject({
  id: uuidV7Schema('Comment id'),
  reflectionId: uuidV7Schema('Reflection id'),
  principleId: principleIdSchema.nullable(),
  text: nameSchema('Comment', COACH_COMMENT_MAX_CHARS),
  createdAt: isoInstantSchema('Created at'),
  updatedAt: isoInstantSchema('Updated at'),
});

export type CoachComment = z.output<typeof coachCommentSchema>;
export type CoachCommentInput = z.input<typeof coachCommentSchema>;
