import * as z from 'zod';
import { isoInstantSchema, nameSchema, textSchema, uuidV7Schema } from '../domain/fieldSchemas';
import { formatCount, wrongTypeMessage } from '../domain/validationMessages';
import { describeIssue, ImportFileError, importErrorFromIssues } from '../data/importErrors';
import { runExportMigrations } from '../data/migrateJournalExport';
import { decryptEnvelope, encryptText, isEncryptedEnvelope } from '../data/passphraseEnvelope';
import { parseJsonSafely } from '../data/safeJson';
import { coachCommentSchema, type CoachComment } from './coachComment';

/** Written into every feedback file so the client's "Import file" can tell it from a journal. */
export const FEEDBACK_FORMAT = 'influence-journal-feedback';
/** Raised only when a file written by this version could be misread by an older reader. */
export const FEEDBACK_VERSION = 1;
/** A coach's comments on even a large journal are far below this; anything bigger is not feedback. */
export const MAX_FEEDBACK_CHARS = 50 * 1024 * 1024;
export const FEEDBACK_COMMENTS_LIMIT = 50_000;
export const FEEDBACK_FLAGS_LIMIT = 50_000;

function checkUniqueCommentIds(comments: readonly { readonly id: string }[], ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  comments.forEach(({ id }, index) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['comments', index, 'id'],
        message: `Another comment has the id ${id}`,
      });
    }
    seen.add(id);
  });
}

export const feedbackFileSchema = z
  .strictObject({
    format: z.literal(FEEDBACK_FORMAT, { error: `Format must be "${FEEDBACK_FORMAT}"` }),
    version: z.literal(FEEDBACK_VERSION, { error: `Version must be ${FEEDBACK_VERSION}` }),
    appVersion: nameSchema('App version', 50),
    exportedAt: isoInstantSchema('Exported at'),
    journalId: uuidV7Schema('Journal id'),
    coachName: nameSchema('Coach name').optional(),
    comments: z
      .array(coachCommentSchema, { error: wrongTypeMessage('Comments', 'a list') })
      .max(FEEDBACK_COMMENTS_LIMIT, {
        error: `Too many comments (${formatCount(FEEDBACK_COMMENTS_LIMIT)} at most)`,
      }),
    needsDiscussion: z
      .array(uuidV7Schema('Reflection id'), { error: wrongTypeMessage('Needs discussion', 'a list') })
      .max(FEEDBACK_FLAGS_LIMIT, {
        error: `Too many reflections needing discussion (${formatCount(FEEDBACK_FLAGS_LIMIT)} at most)`,
      })
      .refine((ids) => new Set(ids).size === ids.length, {
        error: 'Needs discussion lists the same reflection twice',
      }),
    sessionNotes: textSchema('Session notes').optional(),
  })
  .superRefine((file, ctx) => checkUniqueCommentIds(file.comments, ctx))
  .meta({
    title: 'Influence Journal coach feedback',
    description:
      'A coach’s comments on a client’s reflections, for the client’s own journal. See docs/export-format.md.',
  });

export type FeedbackFile = z.output<typeof feedbackFileSchema>;

export interface FeedbackFileInput {
  readonly appVersion: string;
  /** ISO instant; passed in so the same comments and moment always give the same file. */
  readonly exportedAt: string;
  /** The journal id from the client's export: the client's app refuses feedback for any other journal. */
  readonly journalId: string;
  readonly coachName?: string | undefined;
  readonly comments: readonly CoachComment[];
  readonly needsDiscussion: readonly string[];
  /** Only when the coach chose to send them; private to the coach otherwise. */
  readonly sessionNotes?: string | undefined;
}

export class FeedbackFileError extends Error {
  override name = 'FeedbackFileError';
}

/**
 * The feedback file as JSON text (two-space, final newline), checked against the published format
 * first. Throws FeedbackFileError naming the first comment and field that does not fit, so a
 * broken file never goes out. Comments are in id order (time order for UUIDv7), so the same
 * comments give the same bytes whatever order the coach's database returned them in.
 */
export function buildFeedbackFile(input: FeedbackFileInput): string {
  const file = {
    format: FEEDBACK_FORMAT,
    version: FEEDBACK_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.exportedAt,
    journalId: input.journalId,
    ...(input.coachName === undefined ? {} : { coachName: input.coachName }),
    comments: [...input.comments].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    needsDiscussion: [...input.needsDiscussion],
    ...(input.sessionNotes === undefined ? {} : { sessionNotes: input.sessionNotes }),
  };
  const result = feedbackFileSchema.safeParse(file);
  if (!result.success) {
    const [first] = result.error.issues;
    const problem = first === undefined ? 'The file did not pass its checks.' : describeIssue(first, file);
    throw new FeedbackFileError(`The feedback file could not be made. ${problem}`);
  }
  return `${JSON.stringify(result.data, null, 2)}\n`;
}

/** The feedback file wrapped in the same passphrase envelope as an encrypted journal export. */
export async function encryptFeedbackFile(
  text: string,
  passphrase: string,
  options: { readonly iterations?: number } = {},
): Promise<string> {
  return `${JSON.stringify(await encryptText(text, passphrase, options), null, 2)}\n`;
}

/** True when parsed JSON claims to be a feedback file (whether it is a valid one is for parsing to say). */
export function isFeedbackJson(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { format?: unknown }).format === FEEDBACK_FORMAT
  );
}

/**
 * Checks already-parsed JSON (from parseJsonSafely) as a feedback file: a newer version is refused
 * with "made by a newer version of Influence Journal", anything else wrong with an ImportFileError
 * naming the first comment and field.
 */
export function readFeedbackJson(json: unknown): FeedbackFile {
  const current = runExportMigrations(json, FEEDBACK_VERSION, {});
  const result = feedbackFileSchema.safeParse(current);
  if (!result.success) throw importErrorFromIssues(result.error.issues, current);
  return result.data;
}

function checkSize(text: string): void {
  if (text.length > MAX_FEEDBACK_CHARS) {
    throw new ImportFileError(
      `This file is too large to be coach feedback (${formatCount(Math.ceil(text.length / (1024 * 1024)))} MB; ` +
        `the largest accepted is ${formatCount(MAX_FEEDBACK_CHARS / (1024 * 1024))} MB).`,
    );
  }
}

function feedbackFromJson(json: unknown): FeedbackFile {
  if (isEncryptedEnvelope(json)) {
    throw new ImportFileError('This feedback file is encrypted: a passphrase is needed.');
  }
  if (!isFeedbackJson(json)) {
    throw new ImportFileError('This file is not an Influence Journal coach feedback file.');
  }
  return readFeedbackJson(json);
}

/** A plain feedback file's text, checked; an encrypted one is refused here (see readFeedbackText). */
export function parseFeedbackFile(text: string): FeedbackFile {
  checkSize(text);
  return feedbackFromJson(parseJsonSafely(text));
}

export type FeedbackReading =
  { readonly kind: 'feedback'; readonly file: FeedbackFile } | { readonly kind: 'needs-passphrase' };

/** A feedback file, plain or encrypted: an encrypted one is recognised only once decrypted. */
export async function readFeedbackText(text: string, passphrase?: string): Promise<FeedbackReading> {
  checkSize(text);
  const json = parseJsonSafely(text);
  if (!isEncryptedEnvelope(json)) return { kind: 'feedback', file: feedbackFromJson(json) };
  if (passphrase === undefined) return { kind: 'needs-passphrase' };
  return { kind: 'feedback', file: parseFeedbackFile(await decryptEnvelope(json, passphrase)) };
}
