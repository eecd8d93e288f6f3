import type { ReactNode } from 'react';
import { DateTimeTextInput, type DateTimeTextInputProps } from './DateTimeTextInput';
import { describedBy, FieldMessages } from './FieldMessages';

export type DateInputProps = DateTimeTextInputProps;

/** A date control alone, for layouts that place their own label: gives "yyyy-MM-dd". */
export function DateInput(props: DateInputProps) {
  return <DateTimeTextInput kind="date" {...props} />;
}

export interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** "2026-03-02", or "" when empty. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onProblem?: (message: string | null) => void;
}

/** A labelled date field in the format chosen in Settings, with its hint and error. */
export function DateField({ id, label, hint, error, ...control }: DateFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <DateInput
        id={id}
        label={label}
        describedBy={describedBy(id, hint, error)}
        invalid={error ? true : undefined}
        {...control}
      />
    </div>
  );
}
