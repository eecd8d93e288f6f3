import { z } from 'zod';
import { backupCountsSchema, backupFileNamePattern, backupHeaderSchema } from '../backup/backupHeader';

/** One append carries at most this much; the page cuts the file into pieces of this size. */
export const BACKUP_CHUNK_MAX_BYTES = 8 * 1024 * 1024;
/** Far above a 50,000-reflection journal (tens of MB); main refuses a write that grows past it. */
export const BACKUP_MAX_BYTES = 512 * 1024 * 1024;

const writeIdSchema = z.string().regex(/^[0-9a-f]{32}$/, { error: 'The write id is not one main gave' });

export const backupFileNameSchema = z
  .string()
  .max(120)
  .regex(backupFileNamePattern, { error: 'That is not the name of a backup file' });

const bytesSchema = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, { error: 'The chunk must be bytes' })
  .refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= BACKUP_CHUNK_MAX_BYTES, {
    error: `A chunk must hold 1 byte to ${BACKUP_CHUNK_MAX_BYTES / 1024 / 1024} MB`,
  });

export const backupBeginRequestSchema = z.strictObject({
  header: backupHeaderSchema,
  totalBytes: z
    .number()
    .int()
    .positive()
    .max(BACKUP_MAX_BYTES, { error: `A backup may be at most ${BACKUP_MAX_BYTES / 1024 / 1024} MB` }),
});
export type BackupBeginRequest = z.infer<typeof backupBeginRequestSchema>;

/** One backup in the folder, as its header describes it; `problem` when the header cannot be read. */
export const backupEntrySchema = z.strictObject({
  name: backupFileNameSchema,
  sizeBytes: z.number().int().nonnegative(),
  createdAt: z.string().max(40).nullable(),
  appVersion: z.string().max(50).nullable(),
  counts: backupCountsSchema.nullable(),
  problem: z.string().max(500).optional(),
});
export type BackupEntry = z.infer<typeof backupEntrySchema>;

export const backupListSchema = z.strictObject({
  folder: z.string().max(4096),
  /** Newest first. */
  backups: z.array(backupEntrySchema).max(1000),
});
export type BackupList = z.infer<typeof backupListSchema>;

export const backupCommitResultSchema = z.strictObject({
  entry: backupEntrySchema,
  /** Older backups the rotation removed after this one was read back and verified. */
  deleted: z.array(backupFileNameSchema).max(1000),
});
export type BackupCommitResult = z.infer<typeof backupCommitResultSchema>;

export const backupReadRequestSchema = z.strictObject({
  name: backupFileNameSchema,
  offset: z.number().int().nonnegative().max(BACKUP_MAX_BYTES),
});

export const backupReadResultSchema = z.strictObject({
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array),
  totalBytes: z.number().int().nonnegative(),
});
export type BackupReadResult = z.infer<typeof backupReadResultSchema>;

export const backupFolderResultSchema = z.strictObject({
  /** False when the person closed the folder dialog. */
  changed: z.boolean(),
  folder: z.string().max(4096),
});
export type BackupFolderResult = z.infer<typeof backupFolderResultSchema>;

/**
 * The page holds the journal, so it builds the backup; main writes it in pieces (begin, append,
 * commit), so neither side ever holds more than one piece in transit, then reads it back and
 * checks its checksum before rotation may delete anything.
 */
export const backupInvokeContract = {
  'backup:begin': { request: backupBeginRequestSchema, response: z.strictObject({ writeId: writeIdSchema }) },
  'backup:append': {
    request: z.strictObject({ writeId: writeIdSchema, chunk: bytesSchema }),
    response: z.null(),
  },
  'backup:commit': {
    request: z.strictObject({ writeId: writeIdSchema }),
    response: backupCommitResultSchema,
  },
  'backup:abort': { request: z.strictObject({ writeId: writeIdSchema }), response: z.null() },
  'backup:list': { request: z.undefined(), response: backupListSchema },
  'backup:read': { request: backupReadRequestSchema, response: backupReadResultSchema },
  'backup:choose-folder': { request: z.undefined(), response: backupFolderResultSchema },
  'backup:report-failure': {
    request: z.strictObject({ reason: z.string().min(1).max(500) }),
    response: z.null(),
  },
} as const;
