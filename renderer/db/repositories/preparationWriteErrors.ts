import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { IssueLike } from '../../../shared/domain/validationMessages';

export class PreparationValidationError extends Error {
  override name = 'PreparationValidationError';

  constructor(readonly issues: readonly IssueLike[]) {
    super(issues.map((issue) => issue.message).join('; '));
  }
}

/**
 * A write made from an older copy of the preparation: another window (or action) wrote it since
 * the copy was read. Nothing was written; `stored` is what the journal holds now, or undefined
 * when the preparation is gone.
 */
export class StalePreparationError extends Error {
  override name = 'StalePreparationError';

  constructor(
    readonly stored: Preparation | undefined,
    readonly expectedRevision: number,
  ) {
    super(
      stored === undefined
        ? 'This preparation was deleted in another window.'
        : 'This preparation was changed in another window.',
    );
  }
}
