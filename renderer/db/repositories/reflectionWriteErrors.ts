import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { IssueLike } from '../../../shared/domain/validationMessages';

export class ReflectionValidationError extends Error {
  constructor(readonly issues: readonly IssueLike[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'ReflectionValidationError';
  }
}

/**
 * A write made from an older copy of the reflection: another window (or action) wrote it since
 * the copy was read. Nothing was written; `stored` is what the journal holds now, or undefined
 * when the reflection was deleted for good.
 */
export class StaleReflectionError extends Error {
  override name = 'StaleReflectionError';

  constructor(
    readonly stored: Reflection | undefined,
    readonly expectedRevision: number,
  ) {
    super(
      stored === undefined
        ? 'This reflection was deleted for good in another window.'
        : 'This reflection was changed in another window.',
    );
  }
}

/** Records stored before revisions existed have none: they read as 0. */
export function withRevision(reflection: Reflection): Reflection {
  return typeof reflection.revision === 'number' ? reflection : { ...reflection, revision: 0 };
}
