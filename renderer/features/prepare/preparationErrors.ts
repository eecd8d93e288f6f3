import { fieldPath } from '../../../shared/domain/validationMessages';
import type { PreparationValidationError } from '../../db/repositories/preparationRepository';

/** The form field each field path is shown at: `principles.<id>.notes` at its principle's block. */
export function preparationFieldId(path: string): string {
  const [first, second] = path.split('.');
  if (first === 'principles' && second !== undefined) return `prepare-principle-${second}`;
  return `prepare-${first ?? path}`;
}

/** One message per field, the first the schema gave. */
export function errorsOf(error: PreparationValidationError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = fieldPath(issue.path) || 'form';
    errors[path] ??= issue.message;
  }
  return errors;
}
