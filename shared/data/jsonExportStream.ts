import type { Reflection } from '../domain/reflectionSchema';
import {
  JournalExportError,
  describeExportIssue,
  exportFileFields,
  type JsonExportContext,
} from './buildJsonExport';
import { journalExportHeadSchema, journalExportKeys } from './exportFormat';
import type { JournalSnapshot } from './journalSnapshot';
import {
  createReflectionRuns,
  describeReflectionProblem,
  type JsonExportPart,
  type ReflectionProblem,
} from './jsonExportPart';
import { BETWEEN_RUNS, textAroundReflections } from './jsonExportLayout';
import { createPseudonymiser, pseudonymise } from './pseudonymise';
import { linkedReflectionIds, selectAroundReflections } from './selectForExport';

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
  /**
   * The reflections after every one added so far, written elsewhere (exportJsonPart: another
   * worker's share of the journal, with real names only). Nothing is added after it but parts.
   */
  addPart(part: JsonExportPart<P>): void;
  /** The file's pieces in order; throws JournalExportError naming the first record and field that do not fit. */
  finish(): { readonly pieces: P[]; readonly reflectionCount: number };
}

/** Keeps each piece as text: join them for the file's text. */
export const asText = (text: string): string => text;

export function createJsonExportStream<P>(
  rest: Omit<JournalSnapshot, 'reflections'>,
  context: JsonExportContext,
  keep: (text: string) => P,
): JsonExportStream<P> {
  const { options } = context;
  const mode = options.names === 'real' ? null : options.names;
  const runs = createReflectionRuns(linkedReflectionIds(rest.preparations), options, keep);
  const chosen: Reflection[] = [];
  const parts: JsonExportPart<P>[] = [];

  /** Throws the first problem of the file's reflections, counted from the file's first. */
  function throwProblem(problem: ReflectionProblem | null, before: number): void {
    if (problem !== null) throw new JournalExportError(describeReflectionProblem(problem, before));
  }

  /** This stream's own runs and then the parts written elsewhere, as one list of pieces. */
  function joined() {
    const own = runs.part();
    throwProblem(own.problem, 0);
    const written = [...own.written];
    const leftOut = new Set(own.leftOut);
    const pieces = [...own.pieces];
    for (const part of parts) {
      throwProblem(part.problem, written.length);
      for (const id of part.leftOut) leftOut.add(id);
      for (const reflection of part.written) written.push(reflection);
      if (pieces.length > 0 && part.pieces.length > 0) pieces.push(keep(BETWEEN_RUNS));
      for (const piece of part.pieces) pieces.push(piece);
    }
    return { written, leftOut, pieces };
  }

  return {
    add(reflections) {
      const kept = runs.choose(reflections);
      // Names can only be replaced once every chosen reflection is known (they choose the people).
      if (mode === null) {
        runs.write(kept);
        throwProblem(runs.part().problem, 0);
      } else for (const reflection of kept) chosen.push(reflection);
    },

    addPart(part) {
      if (mode !== null) throw new Error('A part written elsewhere has its names as they are.');
      parts.push(part);
    },

    finish() {
      const joinedParts = joined();
      let { written, pieces } = joinedParts;
      const around = selectAroundReflections(
        rest,
        mode === null ? written : chosen,
        joinedParts.leftOut,
        options,
      );
      let content = around;
      let tags = options.tags;
      if (mode !== null) {
        const named = pseudonymise({ ...around, reflections: chosen }, mode, rest.people);
        content = named;
        runs.write(named.reflections);
        ({ written, pieces } = joined());
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
