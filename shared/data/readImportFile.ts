import { strFromU8 } from 'fflate';
import { FEEDBACK_FORMAT, readFeedbackJson, type FeedbackFile } from '../coach/feedbackFile';
import { formatCount } from '../domain/validationMessages';
import { readDayOne, isDayOneExport, type DayOneReading } from './dayOne';
import { JOURNAL_EXPORT_FORMAT, journalExportSchema, type JournalExport } from './exportFormat';
import { ImportFileError, importErrorFromIssues } from './importErrors';
import { migrateJournalExport } from './migrateJournalExport';
import { decryptEnvelope, isEncryptedEnvelope } from './passphraseEnvelope';
import { parseJsonSafely } from './safeJson';
import { looksLikeZip, unzipLimited } from './unzipLimited';
import { BACKUP_FORMAT } from '../backup/backupHeader';

/** The largest file the app reads; the page checks File.size against it before reading a byte. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export { FEEDBACK_FORMAT } from '../coach/feedbackFile';
export const NOT_RECOGNISED_MESSAGE = 'This file is not an Influence Journal export or a Day One export.';

export type ImportReading =
  | { readonly kind: 'journal'; readonly export: JournalExport }
  | ({ readonly kind: 'day-one' } & DayOneReading)
  | { readonly kind: 'feedback'; readonly feedback: FeedbackFile }
  | { readonly kind: 'needs-passphrase' };

export interface ReadImportOptions {
  readonly passphrase?: string;
  readonly maxBytes?: number;
}

/** Null when the size is fine; otherwise the sentence to show, before anything is read. */
export function importFileSizeProblem(size: number, maxBytes: number = MAX_IMPORT_BYTES): string | null {
  if (size <= maxBytes) return null;
  const inWords = (bytes: number): string =>
    bytes >= 1024 * 1024
      ? `${formatCount(Math.ceil(bytes / (1024 * 1024)))} MB`
      : `${formatCount(Math.ceil(bytes / 1024))} KB`;
  return `This file is too large to import (${inWords(size)}; the largest the app reads is ${inWords(maxBytes)}).`;
}

interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean }) => StrictDecoder;

/** UTF-8 with or without a byte-order mark; any other encoding is refused rather than garbled. */
function decodeUtf8(bytes: Uint8Array, what: string): string {
  const Decoder = (globalThis as { TextDecoder?: DecoderConstructor }).TextDecoder;
  // Without TextDecoder (never in the app's runtimes) fflate decodes, replacing what is not UTF-8.
  if (Decoder === undefined) return strFromU8(bytes);
  try {
    // A fatal decoder refuses bytes that are not UTF-8 instead of turning them into U+FFFD; it drops a BOM.
    return new Decoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    throw new ImportFileError(`${what} is not UTF-8 text, so it cannot be an export.`, { cause });
  }
}

function formatOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { format?: unknown }).format : undefined;
}

function readJournalExport(json: unknown): ImportReading {
  const migrated = migrateJournalExport(json);
  const result = journalExportSchema.safeParse(migrated);
  if (!result.success) throw importErrorFromIssues(result.error.issues, migrated);
  return { kind: 'journal', export: result.data };
}

/** An automatic backup wraps an ordinary export under `journal`, beside its header. */
function backupJournalOf(json: unknown): unknown {
  if (typeof json !== 'object' || json === null || !('backup' in json) || !('journal' in json))
    return undefined;
  return formatOf(json.backup) === BACKUP_FORMAT ? json.journal : undefined;
}

function readParsed(json: unknown, fileName: string): ImportReading {
  // A backup imports like the export it holds, so one can be brought back through "Import file" too.
  const backupJournal = backupJournalOf(json);
  if (backupJournal !== undefined) return readJournalExport(backupJournal);
  const format = formatOf(json);
  if (format === JOURNAL_EXPORT_FORMAT) return readJournalExport(json);
  if (format === FEEDBACK_FORMAT) return { kind: 'feedback', feedback: readFeedbackJson(json) };
  if (isDayOneExport(json)) return { kind: 'day-one', ...readDayOne([{ name: fileName, json }]) };
  throw new ImportFileError(NOT_RECOGNISED_MESSAGE);
}

function readDayOneZip(bytes: Uint8Array): ImportReading {
  const entries = unzipLimited(bytes, { include: (name) => name.toLowerCase().endsWith('.json') });
  if (entries.length === 0)
    throw new ImportFileError(`This zip file holds no journal. ${NOT_RECOGNISED_MESSAGE}`);
  const files = entries.map((entry) => {
    const name = entry.name.length > 80 ? `${entry.name.slice(0, 80)}…` : entry.name;
    const what = `“${name}” in the zip`;
    let json: unknown;
    try {
      json = parseJsonSafely(decodeUtf8(entry.bytes, what));
    } catch (error) {
      if (error instanceof ImportFileError) {
        throw new ImportFileError(error.message.replace(/^This file/, what), { cause: error });
      }
      throw error;
    }
    if (!isDayOneExport(json))
      throw new ImportFileError(`${what} is not a Day One journal. ${NOT_RECOGNISED_MESSAGE}`);
    return { name: entry.name, json };
  });
  return { kind: 'day-one', ...readDayOne(files) };
}

/**
 * Reads a file a person chose to import, without writing anything: this app's export (plain or
 * encrypted), a Day One journal, or the zip Day One makes. Every refusal is an ImportFileError
 * whose message names the first problem.
 */
export async function readImportFile(
  bytes: Uint8Array,
  fileName: string,
  options: ReadImportOptions = {},
): Promise<ImportReading> {
  const sizeProblem = importFileSizeProblem(bytes.length, options.maxBytes);
  if (sizeProblem !== null) throw new ImportFileError(sizeProblem);
  if (looksLikeZip(bytes)) return readDayOneZip(bytes);
  const json = parseJsonSafely(decodeUtf8(bytes, 'This file'));
  if (!isEncryptedEnvelope(json)) return readParsed(json, fileName);
  if (options.passphrase === undefined) return { kind: 'needs-passphrase' };
  const inner = parseJsonSafely(await decryptEnvelope(json, options.passphrase));
  // Only this app encrypts, and only its own exports and a coach's feedback; anything else inside is not ours.
  if (formatOf(inner) === FEEDBACK_FORMAT) return { kind: 'feedback', feedback: readFeedbackJson(inner) };
  if (formatOf(inner) !== JOURNAL_EXPORT_FORMAT) throw new ImportFileError(NOT_RECOGNISED_MESSAGE);
  return readJournalExport(inner);
}
