import { z } from 'zod';

/** Larger than any export of a 50,000-reflection journal, small enough to keep in memory twice. */
export const SAVE_FILE_MAX_BYTES = 300 * 1024 * 1024;

/**
 * A file name the page suggests: a plain name with an extension, never a path. The person picks
 * the folder in the save dialog; the page cannot aim anywhere by itself.
 */
export const suggestedFileNameSchema = z
  .string({ error: 'The file name must be text' })
  .min(3, { error: 'The file name is too short' })
  .max(120, { error: 'The file name is longer than 120 characters' })
  .regex(/^[\p{L}\p{N} _()-][\p{L}\p{N} ._()-]*\.[a-z0-9]{1,8}$/u, {
    error: 'The file name must be a plain name with an extension, without folders',
  });

const mimeTypeSchema = z
  .string()
  .max(100)
  .regex(/^[a-z]+\/[a-z0-9.+-]+(; ?charset=utf-8)?$/, { error: 'The file type is not a media type' });

const tooLarge = `The file is larger than ${SAVE_FILE_MAX_BYTES / 1024 / 1024} MB`;

export const saveFileRequestSchema = z.strictObject({
  suggestedName: suggestedFileNameSchema,
  mimeType: mimeTypeSchema,
  // A string is counted in UTF-16 units; its UTF-8 bytes can be up to three times as many.
  data: z.union([
    z.string().max(SAVE_FILE_MAX_BYTES, { error: tooLarge }),
    z
      .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'The data must be text or bytes' })
      .refine((bytes) => bytes.byteLength <= SAVE_FILE_MAX_BYTES, { error: tooLarge }),
  ]),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export const saveFileResultSchema = z.strictObject({
  /** False when the person closed the save dialog without choosing a place. */
  saved: z.boolean(),
  /** Where the file went, to tell the person. */
  path: z.string().max(4096).optional(),
});
export type SaveFileResult = z.infer<typeof saveFileResultSchema>;

/** The desktop app prints the report page it shows to a PDF; the page only names the file. */
export const saveReportPdfRequestSchema = z.strictObject({
  suggestedName: suggestedFileNameSchema.refine((name) => name.endsWith('.pdf'), {
    error: 'The report file name must end in .pdf',
  }),
});
export type SaveReportPdfRequest = z.infer<typeof saveReportPdfRequestSchema>;

export const fileInvokeContract = {
  'file:save': { request: saveFileRequestSchema, response: saveFileResultSchema },
  'file:save-report-pdf': { request: saveReportPdfRequestSchema, response: saveFileResultSchema },
} as const;
