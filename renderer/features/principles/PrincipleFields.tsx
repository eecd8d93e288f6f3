import { useLayoutEffect, useRef } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { describedBy, FieldMessages } from '../reflect/fields';
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
      <div className="field">
        <label htmlFor={titleId}>Principle name</label>
        <FieldMessages id={titleId} error={errors.title} />
        <input
          ref={titleRef}
          id={titleId}
          type="text"
          value={values.title}
          maxLength={textLimits.name}
          autoComplete="off"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy(titleId, null, errors.title)}
          onChange={(event) => onChange({ title: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={descriptionId}>Description</label>
        <FieldMessages
          id={descriptionId}
          hint="Optional. Shown at the top of this principle's step."
          error={errors.description}
        />
        <textarea
          ref={descriptionRef}
          id={descriptionId}
          rows={2}
          value={values.description}
          maxLength={textLimits.shortText}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={describedBy(descriptionId, true, errors.description)}
          onChange={(event) => onChange({ description: event.target.value })}
        />
      </div>
    </>
  );
}
