import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';

export interface Choice<V extends string> {
  readonly value: V;
  readonly label: string;
}

interface SelectFieldProps<V extends string> {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: V | null;
  readonly choices: readonly Choice<V>[];
  /** The first option, meaning "none chosen"; choosing it gives null. */
  readonly emptyLabel: string;
  readonly onChange: (value: V | null) => void;
}

/** A labelled native select: the platform's own keyboard and screen reader behaviour. */
export function SelectField<V extends string>({
  id,
  label,
  hint,
  error,
  value,
  choices,
  emptyLabel,
  onChange,
}: SelectFieldProps<V>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select
        id={id}
        value={value ?? ''}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(event) =>
          onChange(choices.find((choice) => choice.value === event.target.value)?.value ?? null)
        }
      >
        <option value="">{emptyLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}
