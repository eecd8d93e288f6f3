import * as z from 'zod';
import { reflectionDraftSchema, type Reflection } from '../domain/reflectionSchema';
import { describeExportIssue } from './buildJsonExport';
import type { ExportOptions } from './exportFormat';
import { BETWEEN_RUNS, reflectionLines } from './jsonExportLayout';
import { compileJsonSchema, type JsonSchemaCheck } from './jsonSchemaCheck';
import { keepsReflection } from './selectForExport';

/** What the head of the file needs of each reflection written. */
export type WrittenReflection = Pick<Reflection, 'id' | 'personIds'>;

/** The first reflection of a part that does not fit the file: its place in the part, its id, the issue. */
export interface ReflectionProblem {
  readonly index: number;
  readonly id: unknown;
  readonly path: PropertyKey[];
  readonly message: string;
}

/**
 * A run of the file's reflections written apart from the rest of the file (another worker's share
 * of the journal): its text in pieces, what the file's head needs of each reflection written, the
 * plan-linked reflections it left out, and the first reflection that did not fit, if any (writing
 * stopped there). Everything in it can cross to another worker.
 */
export interface JsonExportPart<P> {
  readonly pieces: P[];
  readonly written: WrittenReflection[];
  readonly leftOut: string[];
  readonly problem: ReflectionProblem | null;
}

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
 * A reflection as it goes into the file, or what is wrong with it. It was checked when it was
 * saved; here it only has to fit the published shape. One that does not goes through zod as
 * before, which fills what an older record lacks or names what is wrong.
 */
function checkedReflection(
  reflection: Reflection,
  index: number,
): { readonly fit: Reflection } | { readonly problem: ReflectionProblem } {
  if (fitsPublishedShape(reflection)) return { fit: reflection };
  const result = reflectionDraftSchema.safeParse(reflection);
  if (result.success) return { fit: result.data as Reflection };
  const [first] = result.error.issues;
  const path = first?.path ?? [];
  return { problem: { index, id: reflection.id, path, message: first?.message ?? 'it does not fit' } };
}

/** The person's message for a problem, the reflection counted from the file's first (`before` come first). */
export function describeReflectionProblem(problem: ReflectionProblem, before: number): string {
  const index = before + problem.index;
  const records = { reflections: Object.assign([], { [index]: { id: problem.id } }) };
  const issue = { code: 'custom', path: ['reflections', index, ...problem.path], message: problem.message };
  return `The export could not be made. ${describeExportIssue(issue as z.core.$ZodIssue, records)}`;
}

/** Writes chosen reflections as runs of the file's lines, checked, each run kept as `keep` makes it. */
export interface ReflectionRuns<P> {
  /** The reflections the options choose, in order; the plan-linked ones they leave out are noted. */
  choose(reflections: readonly Reflection[]): Reflection[];
  /** Checks and writes one run; the first problem is kept and nothing more is written. */
  write(reflections: readonly Reflection[]): void;
  part(): JsonExportPart<P>;
}

export function createReflectionRuns<P>(
  linked: ReadonlySet<string>,
  options: ExportOptions,
  keep: (text: string) => P,
): ReflectionRuns<P> {
  const leftOut = new Set<string>();
  const written: WrittenReflection[] = [];
  const pieces: P[] = [];
  let problem: ReflectionProblem | null = null;
  return {
    choose(reflections) {
      const kept: Reflection[] = [];
      for (const reflection of reflections) {
        if (keepsReflection(reflection, options)) kept.push(reflection);
        else if (linked.has(reflection.id) && reflection.deletedAt === null) leftOut.add(reflection.id);
      }
      return kept;
    },
    write(reflections) {
      if (reflections.length === 0 || problem !== null) return;
      const checked: Reflection[] = [];
      for (const reflection of reflections) {
        const result = checkedReflection(reflection, written.length + checked.length);
        if ('problem' in result) {
          problem = result.problem;
          return;
        }
        checked.push(result.fit);
      }
      for (const { id, personIds } of checked) written.push({ id, personIds });
      const separator = pieces.length === 0 ? '' : BETWEEN_RUNS;
      pieces.push(keep(separator + reflectionLines(checked)));
    },
    part: () => ({ pieces, written, leftOut: [...leftOut], problem }),
  };
}
