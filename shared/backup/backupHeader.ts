import * as z from 'zod';
import { isoInstantSchema } from '../domain/fieldSchemas';

/** Written first in every backup, so a reader knows the file before reading the journal in it. */
export const BACKUP_FORMAT = 'influence-journal-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupCountsSchema = z.strictObject({
  /** Every reflection in the backup, the Trash included. */
  reflections: z.number().int().nonnegative(),
  inTrash: z.number().int().nonnegative(),
  people: z.number().int().nonnegative(),
  principleSettings: z.number().int().nonnegative(),
  reminders: z.number().int().nonnegative(),
});
export type BackupCounts = z.infer<typeof backupCountsSchema>;

export const backupHeaderSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT, { error: `Format must be "${BACKUP_FORMAT}"` }),
  version: z.number().int().positive(),
  appVersion: z.string().min(1).max(50),
  /** The journal's IndexedDB schema version when the backup was made. */
  schemaVersion: z.number().int().positive(),
  createdAt: isoInstantSchema('Created at'),
  counts: backupCountsSchema,
  /** SHA-256 of the journal part's UTF-8 bytes, lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'The checksum must be 64 hexadecimal digits' }),
  contentBytes: z.number().int().nonnegative(),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** "influence-journal-backup-2026-12-06T08-47-37Z.json": sortable, and a plain name on every system. */
export function backupFileName(createdAt: string): string {
  const stamp = createdAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-');
  return `${BACKUP_FORMAT}-${stamp}.json`;
}

export const backupFileNamePattern =
  /^influence-journal-backup-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?\.json$/;
