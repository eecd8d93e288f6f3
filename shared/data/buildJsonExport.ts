import type * as z from 'zod';
import {
  JOURNAL_EXPORT_FORMAT,
  JOURNAL_EXPORT_VERSION,
  journalExportSchema,
  type ExportOptions,
  type JournalExport,
} from './exportFormat';
import type { JournalSnapshot } from './journalSnapshot';
import { layOutJournalExport } from './jsonExportLayout';
import { createPseudonymiser, pseudonymise } from './pseudonymise';
import { selectForExport } from './selectForExport';

export interface JsonExportContext {
  readonly options: ExportOptions;
  readonly appVersion: string;
  /** The journal's stable UUIDv7, so a coach's later files can be matched to the same journal. */
  readonly journalId: string;
  /** ISO instant; passed in so the same journal and moment always give the same file. */
  readonly exportedAt: string;
}

/**
 * Everything the file says besides its reflections, written the same way by the whole-file export
 * and the streamed one (jsonExportStream.ts). `tags` are the filter's tags as they go out
 * (pseudonymised with the records when names are hidden).
 */
export function exportFileFields(
  context: JsonExportContext,
  tags: ExportOptions['tags'],
  content: Pick<JournalSnapshot, 'people' | 'principleSettings' | 'preparations' | 'reminders'>,
) {
  return {
    format: JOURNAL_EXPORT_FORMAT,
    version: JOURNAL_EXPORT_VERSION,
    appVersion: context.appVersion,
    exportedAt: context.exportedAt,
    journalId: context.journalId,
    options: { ...context.options, tags },
    people: content.people,
    principleSettings: content.principleSettings,
    preparations: content.preparations,
    reminders: content.reminders,
  };
}

const recordNouns: Record<string, string> = {
  people: 'person',
  reflections: 'reflection',
  preparations: 'preparation',
  reminders: 'reminder',
  principleSettings: 'principle setting',
};

/** "Reflection 3 (019c…), asked: What you asked for is too long": which record, which field, what is wrong. */
export function describeExportIssue(issue: z.core.$ZodIssue, file: unknown): string {
  const [list, index, ...field] = issue.path;
  const noun = typeof list === 'string' ? recordNouns[list] : undefined;
  if (noun === undefined || typeof index !== 'number') {
    const where = issue.path.length === 0 ? '' : `${issue.path.map(String).join('.')}: `;
    return `${where}${issue.message}`;
  }
  const records = (file as Record<string, unknown>)[list as string];
  const record = Array.isArray(records) ? (records[index] as { id?: unknown } | undefined) : undefined;
  const id = typeof record?.id === 'string' ? ` (${record.id})` : '';
  const fieldName = field.length === 0 ? '' : `, ${field.map(String).join('.')}`;
  const title = noun.charAt(0).toUpperCase() + noun.slice(1);
  return `${title} ${index + 1}${id}${fieldName}: ${issue.message}`;
}

/**
 * What every export format holds: the chosen part of the journal, names replaced when asked. The
 * whole journal's people are passed along so a name typed about someone outside the choice goes too.
 */
export function prepareForExport(snapshot: JournalSnapshot, options: ExportOptions): JournalSnapshot {
  const selected = selectForExport(snapshot, options);
  return options.names === 'real' ? selected : pseudonymise(selected, options.names, snapshot.people);
}

export class JournalExportError extends Error {
  override name = 'JournalExportError';
}

/**
 * The JSON export: the chosen part of the journal, with names replaced when asked, checked
 * against the published format before anything is written. Throws JournalExportError naming the
 * first record and field that does not fit, so a bad row never goes out as a broken file.
 */
export function buildJsonExport(snapshot: JournalSnapshot, context: JsonExportContext): JournalExport {
  const { options } = context;
  const selected = selectForExport(snapshot, options);
  const mode = options.names === 'real' ? null : options.names;
  const content = mode === null ? selected : pseudonymise(selected, mode, snapshot.people);
  // Tags typed into the filter can hold a name too; the same pseudonyms as the records get.
  const hide = mode === null ? null : createPseudonymiser(selected.people, mode, snapshot.people);
  const tags =
    hide === null || options.tags === null ? options.tags : options.tags.map((tag) => hide.replace(tag));
  const file = { ...exportFileFields(context, tags, content), reflections: content.reflections };
  const result = journalExportSchema.safeParse(file);
  if (!result.success) {
    const [first] = result.error.issues;
    const problem =
      first === undefined ? 'the file did not pass its checks' : describeExportIssue(first, file);
    throw new JournalExportError(`The export could not be made. ${problem}`);
  }
  return result.data;
}

/**
 * Two-space JSON with a final newline, each reflection on a line of its own (jsonExportLayout.ts):
 * readable by a person, and the same bytes for the same export.
 */
export function serializeJournalExport(file: JournalExport): string {
  return layOutJournalExport(file);
}
