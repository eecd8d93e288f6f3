import type { ReactNode } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { DateTimeField as SharedDateTimeField } from '../../ui/DateTimeField';
import { describedBy, FieldMessages } from '../../ui/FieldMessages';
import type { Choice } from '../../ui/SelectField';
import { TextAreaField as SharedTextAreaField, type TextAreaFieldProps } from '../../ui/TextAreaField';

export { describedBy, FieldMessages } from '../../ui/FieldMessages';
export { SelectField, type Choice } from '../../ui/SelectField';

/** A reflection's text field: the shared one, with the limit every reflection text has. */
export function TextAreaField(props: Omit<TextAreaFieldProps, 'limit'>) {
  return <SharedTextAreaField {...props} limit={textLimits.longText} />;
}

interface FieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
}

/** A local date and time (`YYYY-MM-DDTHH:mm`) in the format chosen in Settings; clearing it gives null. */
export function DateTimeField({
  value,
  onChange,
  ...field
}: FieldProps & { value: string | null; onChange: (value: string | null) => void }) {
  return (
    <SharedDateTimeField
      {...field}
      value={value ?? ''}
      onChange={(next) => onChange(next === '' ? null : next)}
    />
  );
}

/** Native radios in a fieldset, so arrow keys move between options and Tab leaves the group. */
export function RadioGroupField<V extends string>({
  id,
  label,
  hint,
  error,
  value,
  choices,
  onChange,
  variant = 'row',
}: FieldProps & {
  value: V | null;
  choices: readonly Choice<V>[];
  onChange: (value: V) => void;
  /** "segmented": one joined row of large targets, for a short scale. */
  variant?: 'row' | 'segmented';
}) {
  return (
    <fieldset
      id={id}
      className={variant === 'segmented' ? 'field reflect-group reflect-segmented' : 'field reflect-group'}
      role="radiogroup"
      aria-labelledby={`${id}-legend`}
      aria-describedby={describedBy(id, hint, error)}
      aria-invalid={error ? true : undefined}
    >
      <legend id={`${id}-legend`}>{label}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      <div className="choice-row">
        {choices.map((choice) => (
          <label key={choice.value}>
            <input
              type="radio"
              name={id}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export const ratingChoices = (['1', '2', '3', '4', '5'] as const).map((value) => ({ value, label: value }));

export function CheckboxField({
  id,
  label,
  hint,
  checked,
  onChange,
}: Omit<FieldProps, 'error'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field reflect-checkbox">
      <label htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          aria-describedby={describedBy(id, hint, null)}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <FieldMessages id={id} hint={hint} />
    </div>
  );
}
