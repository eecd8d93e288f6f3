import type { ReactNode, Ref } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';
import { describeTextLength } from './textLength';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /**
   * How long the text may be to be saved. Never a hard cap (no `maxLength`): a longer paste is
   * kept whole and the field says how far over it is, so nothing is cut without the person knowing.
   */
  readonly limit?: number;
  readonly autoComplete?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/** A labelled one-line text field with its hint, error and length counter. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  limit,
  autoComplete = 'off',
  inputRef,
}: TextFieldProps) {
  const length = limit === undefined ? null : describeTextLength(value.length, limit);
  const countId = length === null ? null : `${id}-count`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        ref={inputRef}
        id={id}
        type="text"
        dir="auto"
        value={value}
        autoComplete={autoComplete}
        aria-invalid={error || length?.isOver ? true : undefined}
        aria-describedby={describedBy(id, hint, error, countId)}
        onChange={(event) => onChange(event.target.value)}
      />
      {length === null ? null : (
        <p
          id={countId ?? undefined}
          className={length.isOver ? 'field-error field-count' : 'field-hint field-count'}
        >
          {length.text}
        </p>
      )}
    </div>
  );
}
