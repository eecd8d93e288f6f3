import * as z from 'zod';
import { isoInstantSchema, localDateTimeSchema, tagsSchema, textSchema, uuidV7Schema } from './fieldSchemas';
import { reflectionStatusValues } from './reflectionLabels';
import { ASKED_PREVIEW_LENGTH } from './reflectionListRow';
import { outcomeSchema } from './reflectionSchema';

/** The small record the journal list reads; the full reflection loads only when opened. */
export const reflectionListRowSchema = z.strictObject({
  id: uuidV7Schema('Reflection id'),
  occurredAt: localDateTimeSchema('When it happened').nullable(),
  personIds: z.array(uuidV7Schema('Person id')),
  // Twice the length because the cap counts UTF-16 units and the preview counts code points.
  // Named for the request, which it is for a complete reflection; a draft's is its first words.
  askedPreview: textSchema('Preview', ASKED_PREVIEW_LENGTH * 2),
  outcome: outcomeSchema.nullable(),
  principleIds: z.array(z.string()),
  tags: tagsSchema(),
  starred: z.boolean(),
  isPrivate: z.boolean(),
  status: z.enum(reflectionStatusValues),
  deletedAt: isoInstantSchema('Deleted at').nullable(),
});
