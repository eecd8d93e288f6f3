import * as z from 'zod';
import { reflectionDraftSchema, type Reflection } from '../domain/reflectionSchema';
import {
  JournalExportError,
  describeExportIssue,
  exportFileFields,
  type JsonExportContext,
} from './buildJsonExport';
import { journalExportHeadSchema, journalExportKeys } from './exportFormat';
import type { JournalSnapshot } from './journalSnapshot';
import { BETWEEN_RUNS, reflectionLines, textAroundReflections } from './jsonExportLayout';
import { compileJsonSchema, type JsonSchemaCheck } from './jsonSchemaCheck';
import { createPseudonymiser, pseudonymise } from './pseudonymise';
import { keepsReflection, linkedReflectionIds, selectAroundReflections } from './selectForExport';

/**
 * The JSON export built while the journal is still being read: each part of the reflections is
 * chosen, checked and written as text as it comes, so building costs little more than reading.
 * The file is the pieces in order, each text given to `keep` as it is written (a worker turns it
 * into a Blob at once, so the file is never copied into one buffer). Joined, they are the text
 * serializeJournalExport(buildJsonExport(…)) gives for the same journal (jsonExportLayout.ts: the
 * fields in two-space JSON, each reflection on a line of its own), the same records, checks and
 * messages.
 */
export interface JsonExportStream<P> {
  /** Every stored reflection (the Trash included), in parts, in any order the journal keeps. */
  add(reflections: readonly Reflection[]): void;
  /** The file's pieces in order; throws JournalExportError naming the first record and field that do not fit. */
  finish(): { readonly pieces: P[]; readonly reflectionCount: number };
}

/** Keeps each piece as text: join them for the file's text. */
export const asText = (text: string): string => text;

let reflectionCheck: JsonSchemaCheck | null = null;

/** The published schema's shape for one reflection, compiled on first use. */
function fitsPublishedShape(reflection: Reflection): boolean {
  reflectionCheck ??= compileJsonSchema(
    z.toJSONSchema(reflectionDraftSchema, { io: 'output', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >,
  );
  return reflectionCheck(reflection);
}

/**
 * A reflection as it goes into the file. It was checked when it was saved; here it only has to
 * fit the published shape. One that does not goes through zod as before, which fills what an
 * older record lacks or names what is wrong.
 */
function checkedReflection(reflection: Reflection, index: number): Reflection {
  if (fitsPublishedShape(reflection)) return reflection;
  const result = reflectionDraftSchema.safeParse(reflection);
  if (result.success) return result.data as Reflection;
  const [first] = result.error.issues;
  const records = { reflections: Object.assign([], { [index]: reflection }) };
  const issue = { ...first, path: ['reflections', index, ...(first?.path ?? [])] } as z.core.$ZodIssue;
  throw new JournalExportError(`The export could not be made. ${describeExportIssue(issue, records)}`);
}

export function createJsonExportStream<P>(
  rest: Omit<JournalSnapshot, 'reflections'>,
  context: JsonExportContext,
  keep: (text: string) => P,
): JsonExportStream<P> {
  const { options } = context;
  const mode = options.names === 'real' ? null : options.names;
  const linked = linkedReflectionIds(rest.preparations);
  const leftOut = new Set<string>();
  const chosen: Reflection[] = [];
  const written: Pick<Reflection, 'id' | 'personIds'>[] = [];
  const pieces: P[] = [];

  /** Checks and writes one run of chosen reflections (already named as they go out). */
  function write(reflections: readonly Reflection[]): void {
    if (reflections.length === 0) return;
    const checked = reflections.map((reflection) => {
      const fit = checkedReflection(reflection, written.length);
      written.push({ id: fit.id, personIds: fit.personIds });
      return fit;
    });
    const separator = pieces.length === 0 ? '' : BETWEEN_RUNS;
    pieces.push(keep(separator + reflectionLines(checked)));
  }

  return {
    add(reflections) {
      const kept: Reflection[] = [];
      for (const reflection of reflections) {
        if (keepsReflection(reflection, options)) kept.push(reflection);
        else if (linked.has(reflection.id) && reflection.deletedAt === null) leftOut.add(reflection.id);
      }
      // Names can only be replaced once every chosen reflection is known (they choose the people).
      if (mode === null) write(kept);
      else for (const reflection of kept) chosen.push(reflection);
    },

    finish() {
      const around = selectAroundReflections(rest, mode === null ? written : chosen, leftOut, options);
      let content = around;
      let tags = options.tags;
      if (mode !== null) {
        const named = pseudonymise({ ...around, reflections: chosen }, mode, rest.people);
        content = named;
        write(named.reflections);
        // Tags typed into the filter can hold a name too; the same pseudonyms as the records get.
        const hide = createPseudonymiser(around.people, mode, rest.people);
        tags = options.tags === null ? null : options.tags.map((tag) => hide.replace(tag));
      }
      const head = exportFileFields(context, tags, content);
      const result = journalExportHeadSchema(written).safeParse(head);
      if (!result.success) {
        const [first] = result.error.issues;
        const problem =
          first === undefined
            ? 'the file did not pass its checks'
            : describeExportIssue(first, { ...head, reflections: written });
        throw new JournalExportError(`The export could not be made. ${problem}`);
      }
      const checked: Record<string, unknown> = result.data;
      const fields = Object.fromEntries(journalExportKeys.map((key) => [key, checked[key]]));
      const { before, after } = textAroundReflections(fields, pieces.length > 0);
      const file = pieces.length === 0 ? [keep(before)] : [keep(before), ...pieces, keep(after)];
      return { pieces: file, reflectionCount: written.length };
    },
  };
}
