import { useLayoutEffect, useRef } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import type { PrincipleFormErrors, PrincipleFormValues } from './usePrincipleForm';

/**
 * Name and description, with the schema's messages beside them. After a refused save the
 * first field with a message takes focus, so the message is read out with it.
 */
export function PrincipleFields({
  idPrefix,
  values,
  errors,
  onChange,
  autoFocus = false,
}: {
  idPrefix: string;
  values: PrincipleFormValues;
  errors: PrincipleFormErrors;
  onChange: (patch: Partial<PrincipleFormValues>) => void;
  autoFocus?: boolean;
}) {
  const titleRef = useRef<HTMLInputElement>(null);
  const descriptionRef = useRef<HTMLTextAreaElement>(null);
  const titleId = `${idPrefix}-title`;
  const descriptionId = `${idPrefix}-description`;

  useLayoutEffect(() => {
    if (errors.title) titleRef.current?.focus();
    else if (errors.description) descriptionRef.current?.focus();
  }, [errors]);

  useLayoutEffect(() => {
    if (autoFocus) titleRef.current?.focus();
  }, [autoFocus]);

  return (
    <>
      <TextField
        inputRef={titleRef}
        id={titleId}
        label="Principle name"
        value={values.title}
        limit={textLimits.name}
        error={errors.title}
        onChange={(title) => onChange({ title })}
      />
      <TextAreaField
        textAreaRef={descriptionRef}
        id={descriptionId}
        label="Description"
        hint="Optional. Shown at the top of this principle's step."
        rows={2}
        value={values.description}
        limit={textLimits.shortText}
        error={errors.description}
        onChange={(description) => onChange({ description })}
      />
    </>
  );
}
