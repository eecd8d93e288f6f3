import type { ReactNode } from 'react';
import { DateTimeTextInput, type DateTimeTextInputProps } from './DateTimeTextInput';
import { describedBy, FieldMessages } from './FieldMessages';

export type TimeInputProps = DateTimeTextInputProps;

/** A time control alone, for layouts that place their own label: gives "HH:mm". */
export function TimeInput(props: TimeInputProps) {
  return <DateTimeTextInput kind="time" {...props} />;
}

export interface TimeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** "21:30", or "" when empty. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onProblem?: (message: string | null) => void;
}

/** A labelled time field in the format chosen in Settings, with its hint and error. */
export function TimeField({ id, label, hint, error, ...control }: TimeFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <TimeInput
        id={id}
        label={label}
        describedBy={describedBy(id, hint, error)}
        invalid={error ? true : undefined}
        {...control}
      />
    </div>
  );
}
