import type { ReactNode, Ref } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';
import { LengthCounter, textLimitState } from './LengthCounter';

export interface TextAreaFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly rows?: number;
  /**
   * How long the text may be to be saved. Never a hard cap: a longer paste is kept whole and the
   * field says how far over it is, so no word disappears without the person knowing.
   */
  readonly limit?: number;
  readonly textAreaRef?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line text field with its hint, error and length counter. */
export function TextAreaField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
  limit,
  textAreaRef,
}: TextAreaFieldProps) {
  const length = textLimitState(id, value, limit);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        ref={textAreaRef}
        id={id}
        dir="auto"
        rows={rows}
        value={value}
        aria-invalid={error || length.isOver ? true : undefined}
        aria-describedby={describedBy(id, hint, error, length.countId)}
        onChange={(event) => onChange(event.target.value)}
      />
      <LengthCounter state={length} />
    </div>
  );
}
