import {
  completenessProblems,
  reflectionCompleteSchema,
  reflectionDraftSchema,
  type Reflection,
} from '../../../shared/domain/reflectionSchema';
import { ReflectionValidationError } from './reflectionWriteErrors';

/**
 * Below this many new reflections an import queues a search change for each; from here on (and
 * when it at least doubles the journal) it asks for one rebuild of the index, which reads every
 * reflection once instead of replaying a queue as long as the import.
 */
export const SEARCH_REBUILD_FROM = 2_000;

/** Whether an import of `added` new reflections into a journal holding `stored` asks search to rebuild. */
export function needsSearchRebuild(added: number, stored: number): boolean {
  return added >= SEARCH_REBUILD_FROM && added >= stored;
}

/**
 * The checks the reflection repository makes on a save (the complete schema for a complete
 * reflection, the draft schema otherwise), naming the reflection and field when one fails. Imports
 * (step by step, inside their transaction) and a coach's client workspaces both check every
 * reflection with it.
 */
export function checkImportedReflection(reflection: Reflection): Reflection {
  const schema = reflection.status === 'complete' ? reflectionCompleteSchema : reflectionDraftSchema;
  const result = schema.safeParse(reflection);
  if (result.success) return result.data;
  throw new ReflectionValidationError(
    result.error.issues.map((issue) => {
      const field = issue.path.length === 0 ? '' : ` (${issue.path.map(String).join('.')})`;
      return { ...issue, message: `Reflection ${String(reflection.id)}${field}: ${issue.message}` };
    }),
  );
}

/**
 * The same check as checkImportedReflection, for reflections the draft schema has already read
 * (every reflection of an import file is: the export format and Day One's reading both parse
 * them with it). A draft is then as a save would write it, and a complete one needs only what the
 * complete schema adds to the draft's: a date, and completenessProblems' fields. Only a reflection
 * that fails goes through zod again, for the message naming it and its field. The data worker
 * runs it as it plans, so the page writes the plan without checking each reflection again.
 */
export function checkDraftReadReflections(reflections: Iterable<Reflection>): void {
  for (const reflection of reflections) {
    if (reflection.status !== 'complete') continue;
    if (reflection.occurredAt !== null && completenessProblems(reflection).length === 0) continue;
    checkImportedReflection(reflection);
  }
}
