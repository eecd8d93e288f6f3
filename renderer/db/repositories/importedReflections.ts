import {
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
