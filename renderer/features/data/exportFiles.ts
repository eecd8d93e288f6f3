import { buildJsonExport, serializeJournalExport } from '../../../shared/data/buildJsonExport';
import type { ExportOptions } from '../../../shared/data/exportFormat';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import { encryptText } from '../../../shared/data/passphraseEnvelope';
import { pseudonymise } from '../../../shared/data/pseudonymise';
import { selectForExport } from '../../../shared/data/selectForExport';
import { toCsv } from '../../../shared/data/toCsv';
import { toMarkdown, toMarkdownZip } from '../../../shared/data/toMarkdown';
import { epochMsToLocalDateTime } from '../../../shared/domain/localDateTime';
import { builtInPrinciples, resolvePrinciples } from '../../../shared/domain/principles';
import type { FileToSave } from '../../platform/JournalPlatform';

export type ExportKind = 'json' | 'csv' | 'markdown';

export interface ExportContext {
  readonly appVersion: string;
  readonly journalId: string;
  readonly now: Date;
  readonly timeZone: string;
  /** Set only for an encrypted JSON export. */
  readonly passphrase: string | null;
  /** Markdown as one document, or a zip with a file per reflection. */
  readonly markdownLayout: 'document' | 'zip';
}

export interface ExportFile extends FileToSave {
  /** How many reflections went into the file, for "Saved 12 reflections to …". */
  readonly reflectionCount: number;
}

/** `influence-journal-2026-12-06.json`: the local day, so a file made late at night is named for that day. */
export function exportFileName(now: Date, timeZone: string, extension: string, qualifier = ''): string {
  const day = epochMsToLocalDateTime(now.getTime(), timeZone).slice(0, 10);
  return `influence-journal-${day}${qualifier === '' ? '' : `-${qualifier}`}.${extension}`;
}

/** The reflections, people and follow-ups the options choose, with names replaced when asked. */
export function chosenContent(snapshot: JournalSnapshot, options: ExportOptions): JournalSnapshot {
  const selected = selectForExport(snapshot, options);
  return options.names === 'real' ? selected : pseudonymise(selected, options.names, snapshot.people);
}

async function jsonFile(
  snapshot: JournalSnapshot,
  options: ExportOptions,
  context: ExportContext,
): Promise<ExportFile> {
  const file = buildJsonExport(snapshot, {
    options,
    appVersion: context.appVersion,
    journalId: context.journalId,
    exportedAt: context.now.toISOString(),
  });
  const text = serializeJournalExport(file);
  const encrypted = context.passphrase === null ? null : await encryptText(text, context.passphrase);
  return {
    suggestedName: exportFileName(context.now, context.timeZone, 'json', encrypted ? 'encrypted' : ''),
    mimeType: 'application/json',
    data: encrypted ? `${JSON.stringify(encrypted, null, 2)}\n` : text,
    reflectionCount: file.reflections.length,
  };
}

function csvFile(snapshot: JournalSnapshot, options: ExportOptions, context: ExportContext): ExportFile {
  const content = chosenContent(snapshot, options);
  // Column names come from the exported settings, so a renamed principle holding a name is hidden too.
  const principles = resolvePrinciples(builtInPrinciples, content.principleSettings);
  return {
    suggestedName: exportFileName(context.now, context.timeZone, 'csv'),
    mimeType: 'text/csv;charset=utf-8',
    data: toCsv(content, principles),
    reflectionCount: content.reflections.length,
  };
}

function markdownFile(snapshot: JournalSnapshot, options: ExportOptions, context: ExportContext): ExportFile {
  const content = chosenContent(snapshot, options);
  const principles = resolvePrinciples(builtInPrinciples, content.principleSettings);
  const reflectionCount = content.reflections.length;
  return context.markdownLayout === 'zip'
    ? {
        suggestedName: exportFileName(context.now, context.timeZone, 'zip', 'markdown'),
        mimeType: 'application/zip',
        data: toMarkdownZip(content, principles),
        reflectionCount,
      }
    : {
        suggestedName: exportFileName(context.now, context.timeZone, 'md'),
        mimeType: 'text/markdown;charset=utf-8',
        data: toMarkdown(content, principles),
        reflectionCount,
      };
}

/** Builds one export file; throws with a message for the person when the export cannot be made. */
export async function buildExportFile(
  kind: ExportKind,
  snapshot: JournalSnapshot,
  options: ExportOptions,
  context: ExportContext,
): Promise<ExportFile> {
  if (kind === 'json') return jsonFile(snapshot, options, context);
  return kind === 'csv' ? csvFile(snapshot, options, context) : markdownFile(snapshot, options, context);
}
