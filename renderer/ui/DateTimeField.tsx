import type { ReactNode } from 'react';
import { DateTimeTextInput, type DateTimeTextInputProps } from './DateTimeTextInput';
import { describedBy, FieldMessages } from './FieldMessages';

export type DateTimeInputProps = DateTimeTextInputProps;

/** A date-and-time control alone, for layouts that place their own label: gives "yyyy-MM-ddTHH:mm". */
export function DateTimeInput(props: DateTimeInputProps) {
  return <DateTimeTextInput kind="datetime" {...props} />;
}

export interface DateTimeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** "2026-03-02T21:30", or "" when empty. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onProblem?: (message: string | null) => void;
}

/** A labelled date-and-time field in the format chosen in Settings, with its hint and error. */
export function DateTimeField({ id, label, hint, error, ...control }: DateTimeFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <DateTimeInput
        id={id}
        label={label}
        describedBy={describedBy(id, hint, error)}
        invalid={error ? true : undefined}
        {...control}
      />
    </div>
  );
}
