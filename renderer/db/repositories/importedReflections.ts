import {
  reflectionCompleteSchema,
  reflectionDraftSchema,
  type Reflection,
} from '../../../shared/domain/reflectionSchema';
import { ReflectionValidationError } from './reflectionWriteErrors';

/**
 * Reflections checked between two of the page's idle moments. 250 took 130-160 ms of one task at
 * load 11 (a CPU profile of an import, fourteenth session), so a step is kept well under 200 ms.
 */
export const CHECK_STEP = 100;

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

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The checks the reflection repository makes on a save (the complete schema for a complete
 * reflection, the draft schema otherwise), naming the reflection and field when one fails. Imports
 * and a coach's client workspaces both check every reflection with it.
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
 * The checks a save makes (the complete schema for a complete reflection, the draft schema
 * otherwise), CHECK_STEP at a time with the page free between steps: checking 50,000 at once
 * would hold it for seconds. Throws naming the first reflection and field that fail.
 */
export async function checkImportedReflections(
  reflections: readonly Reflection[],
  step: number = CHECK_STEP,
): Promise<Reflection[]> {
  const result: Reflection[] = [];
  for (let start = 0; start < reflections.length; start += step) {
    if (start > 0) await nextTask();
    for (const reflection of reflections.slice(start, start + step))
      result.push(checkImportedReflection(reflection));
  }
  return result;
}
