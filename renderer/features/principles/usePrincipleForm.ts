import { useRef, useState, type FormEvent } from 'react';
import { fieldErrors } from '../../../shared/domain/validationMessages';
import { useStorageStatus } from '../../app/storageStatus';
import { PrincipleSettingsValidationError } from '../../db/repositories/principleSettingsRepository';

export interface PrincipleFormValues {
  readonly title: string;
  readonly description: string;
}

export interface PrincipleFormErrors {
  readonly title?: string;
  readonly description?: string;
  /** A problem with no field of its own: a failed write, or a rule about the whole list. */
  readonly form?: string;
}

function formErrorsOf(error: PrincipleSettingsValidationError): PrincipleFormErrors {
  const byPath = fieldErrors(error);
  const { title, description } = byPath;
  const form = Object.entries(byPath).find(([path]) => path !== 'title' && path !== 'description')?.[1];
  return {
    ...(title === undefined ? {} : { title }),
    ...(description === undefined ? {} : { description }),
    ...(form === undefined ? {} : { form }),
  };
}

/**
 * The state both principle forms share. The repository's schema is the only validator, so
 * its messages appear beside the fields; a failed write keeps everything that was typed.
 */
export function usePrincipleForm(initial: PrincipleFormValues) {
  const { report } = useStorageStatus();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<PrincipleFormErrors>({});
  const isSaving = useRef(false);

  const change = (patch: Partial<PrincipleFormValues>) => setValues((current) => ({ ...current, ...patch }));

  /** Runs `write` with what was typed; resolves true once it is stored. */
  async function submit(
    event: FormEvent,
    write: (values: PrincipleFormValues) => Promise<unknown>,
  ): Promise<boolean> {
    event.preventDefault();
    // A ref, not a disabled button: disabling the focused button would drop keyboard focus.
    if (isSaving.current) return false;
    isSaving.current = true;
    try {
      await write(values);
      setErrors({});
      return true;
    } catch (error) {
      setErrors(
        error instanceof PrincipleSettingsValidationError
          ? formErrorsOf(error)
          : { form: report(error).message },
      );
      return false;
    } finally {
      isSaving.current = false;
    }
  }

  return { values, errors, change, setValues, submit };
}
