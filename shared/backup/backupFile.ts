import { strToU8 } from 'fflate';
import {
  defaultExportOptions,
  JOURNAL_EXPORT_FORMAT,
  JOURNAL_EXPORT_VERSION,
  type JournalExport,
} from '../data/exportFormat';
import type { JournalSnapshot } from '../data/journalSnapshot';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupCounts, type BackupHeader } from './backupHeader';
import { sha256Hex } from './sha256';

export * from './backupHeader';

/**
 * The file is one JSON object, laid out so the header can be read from the first line and the
 * journal's bytes checked against the checksum without parsing them (main does it in a stream):
 *
 *   {"backup":{…header…},
 *   "journal":{…the app's JSON export, the Trash included…}
 *   }
 */
export const BACKUP_HEADER_START = '{"backup":';
export const BACKUP_HEADER_END = ',\n"journal":';
export const BACKUP_SUFFIX = '\n}\n';

export function backupPrefix(header: BackupHeader): string {
  return `${BACKUP_HEADER_START}${JSON.stringify(header)}${BACKUP_HEADER_END}`;
}

export interface BackupContext {
  readonly appVersion: string;
  readonly schemaVersion: number;
  readonly journalId: string;
  /** ISO instant. */
  readonly createdAt: string;
}

export function countSnapshot(snapshot: JournalSnapshot): BackupCounts {
  return {
    reflections: snapshot.reflections.length,
    inTrash: snapshot.reflections.filter((reflection) => reflection.deletedAt !== null).length,
    people: snapshot.people.length,
    principleSettings: snapshot.principleSettings.length,
    reminders: snapshot.reminders.length,
  };
}

/**
 * The whole journal in the export format. Unlike an export, nothing is chosen or left out: the
 * Trash, private reflections and every person go in, because a backup is for getting it all back.
 */
export function journalForBackup(snapshot: JournalSnapshot, context: BackupContext): JournalExport {
  return {
    format: JOURNAL_EXPORT_FORMAT,
    version: JOURNAL_EXPORT_VERSION,
    appVersion: context.appVersion,
    exportedAt: context.createdAt,
    journalId: context.journalId,
    options: { ...defaultExportOptions, includePrivate: true },
    people: snapshot.people,
    principleSettings: snapshot.principleSettings,
    reflections: snapshot.reflections,
    preparations: snapshot.preparations,
    reminders: snapshot.reminders,
  };
}

export interface BuiltBackup {
  readonly header: BackupHeader;
  /** The whole file as UTF-8. */
  readonly bytes: Uint8Array;
}

/** Builds the backup file: the journal as compact JSON, its checksum and counts in the header. */
export async function buildBackup(snapshot: JournalSnapshot, context: BackupContext): Promise<BuiltBackup> {
  // Compact: at 50,000 reflections indentation alone would add megabytes nobody reads.
  const content = strToU8(JSON.stringify(journalForBackup(snapshot, context)));
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    appVersion: context.appVersion,
    schemaVersion: context.schemaVersion,
    createdAt: context.createdAt,
    counts: countSnapshot(snapshot),
    sha256: await sha256Hex(content),
    contentBytes: content.byteLength,
  };
  const prefix = strToU8(backupPrefix(header));
  const suffix = strToU8(BACKUP_SUFFIX);
  const bytes = new Uint8Array(prefix.byteLength + content.byteLength + suffix.byteLength);
  bytes.set(prefix, 0);
  bytes.set(content, prefix.byteLength);
  bytes.set(suffix, prefix.byteLength + content.byteLength);
  return { header, bytes };
}
