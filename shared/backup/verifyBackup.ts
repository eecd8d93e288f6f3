import { strFromU8, strToU8 } from 'fflate';
import { journalExportSchema, type JournalExport } from '../data/exportFormat';
import { describeExportIssue } from '../data/buildJsonExport';
import { migrateJournalExport } from '../data/migrateJournalExport';
import { parseJsonSafely } from '../data/safeJson';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_HEADER_END,
  BACKUP_HEADER_START,
  BACKUP_SUFFIX,
  backupHeaderSchema,
  backupPrefix,
  type BackupCounts,
  type BackupHeader,
} from './backupFile';
import { sha256Hex } from './sha256';
import { errorText } from '../app/errorText';

export type HeaderReading =
  | { readonly ok: true; readonly header: BackupHeader; readonly prefixBytes: number }
  | { readonly ok: false; readonly reason: string };

export type BackupVerification =
  | { readonly ok: true; readonly header: BackupHeader; readonly journal: JournalExport }
  | { readonly ok: false; readonly reason: string };

/** The longest first line a backup can have; a reader looks no further for the header. */
export const MAX_BACKUP_HEADER_BYTES = 4096;

/**
 * Reads the header from the start of a file (its first line is enough), without touching the
 * journal after it. `prefixBytes` is where the journal's bytes begin.
 */
export function readBackupHeader(start: string): HeaderReading {
  if (!start.startsWith(BACKUP_HEADER_START))
    return { ok: false, reason: 'it is not an Influence Journal backup' };
  const lineEnd = start.indexOf('\n');
  if (lineEnd < 0) return { ok: false, reason: 'its header is cut short' };
  const line = start.slice(0, lineEnd + 1);
  const firstLineEnd = BACKUP_HEADER_END.slice(0, BACKUP_HEADER_END.indexOf('\n') + 1);
  if (!line.endsWith(firstLineEnd)) return { ok: false, reason: 'its header is damaged' };
  let raw: unknown;
  try {
    raw = parseJsonSafely(line.slice(BACKUP_HEADER_START.length, -firstLineEnd.length));
  } catch {
    return { ok: false, reason: 'its header is damaged' };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if ((raw as { format?: unknown } | null)?.format === BACKUP_FORMAT && typeof version === 'number') {
    if (version > BACKUP_FORMAT_VERSION) {
      return {
        ok: false,
        reason: `it was made by a newer version of Influence Journal (backup format ${version})`,
      };
    }
  }
  const parsed = backupHeaderSchema.safeParse(raw);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      reason: `its header is damaged (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''})`,
    };
  }
  const header = parsed.data;
  // The prefix is rebuilt from the header: a header with extra spaces or keys would not match.
  const prefix = backupPrefix(header);
  if (line !== prefix.slice(0, prefix.indexOf('\n') + 1))
    return { ok: false, reason: 'its header is damaged' };
  return { ok: true, header, prefixBytes: strToU8(prefix).byteLength };
}

function countsOf(journal: JournalExport): BackupCounts {
  return {
    reflections: journal.reflections.length,
    inTrash: journal.reflections.filter((reflection) => reflection.deletedAt !== null).length,
    people: journal.people.length,
    principleSettings: journal.principleSettings.length,
    reminders: journal.reminders.length,
  };
}

function sameCounts(a: BackupCounts, b: BackupCounts): boolean {
  return (Object.keys(a) as (keyof BackupCounts)[]).every((key) => a[key] === b[key]);
}

/**
 * Everything a restore relies on: the header, the length, the checksum of the journal's bytes,
 * the journal against the export format, and the counts against the header. Any failure is a
 * reason in words ("its checksum does not match: the file was changed or damaged").
 */
export async function verifyBackup(bytes: Uint8Array): Promise<BackupVerification> {
  const start = strFromU8(bytes.subarray(0, Math.min(bytes.byteLength, MAX_BACKUP_HEADER_BYTES)));
  // A multi-byte character cut at the window's edge can only fall after the first line.
  const reading = readBackupHeader(start);
  if (!reading.ok) return reading;
  const { header, prefixBytes } = reading;
  const suffix = strToU8(BACKUP_SUFFIX);
  const expectedLength = prefixBytes + header.contentBytes + suffix.byteLength;
  if (bytes.byteLength < expectedLength)
    return { ok: false, reason: 'it is cut short (the file is incomplete)' };
  if (bytes.byteLength > expectedLength)
    return { ok: false, reason: 'it has more in it than its header says' };
  const content = bytes.subarray(prefixBytes, prefixBytes + header.contentBytes);
  const ending = bytes.subarray(prefixBytes + header.contentBytes);
  if (!ending.every((byte, index) => byte === suffix[index]))
    return { ok: false, reason: 'its ending is damaged' };
  if ((await sha256Hex(content)) !== header.sha256) {
    return { ok: false, reason: 'its checksum does not match: the file was changed or damaged' };
  }
  let json: unknown;
  try {
    json = migrateJournalExport(parseJsonSafely(strFromU8(content)));
  } catch (error) {
    return {
      ok: false,
      reason: `its journal cannot be read (${errorText(error)})`,
    };
  }
  const parsed = journalExportSchema.safeParse(json);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    return {
      ok: false,
      reason: `its journal does not pass its checks (${issue ? describeExportIssue(issue, json) : 'unknown'})`,
    };
  }
  if (!sameCounts(countsOf(parsed.data), header.counts)) {
    return { ok: false, reason: 'its counts do not match the journal inside it' };
  }
  return { ok: true, header, journal: parsed.data };
}
