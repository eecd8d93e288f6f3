import type { ReactNode, Ref } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';
import { LengthCounter, textLimitState } from './LengthCounter';

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
  readonly placeholder?: string;
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
  placeholder,
  inputRef,
}: TextFieldProps) {
  const length = textLimitState(id, value, limit);
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
        placeholder={placeholder}
        aria-invalid={error || length.isOver ? true : undefined}
        aria-describedby={describedBy(id, hint, error, length.countId)}
        onChange={(event) => onChange(event.target.value)}
      />
      <LengthCounter state={length} />
    </div>
  );
}
