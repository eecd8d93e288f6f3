import type { ReactNode } from 'react';
import type { DateTimeKind } from '../../shared/domain/dateTimeStep';
import { DateTimeTextInput } from './DateTimeTextInput';
import { describedBy, FieldMessages } from './FieldMessages';

export interface LabelledDateTimeFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | undefined;
  /** In the stored form for its kind ("2026-03-02", "21:30", "2026-03-02T21:30"), or "" when empty. */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onProblem?: (message: string | null) => void;
}

/**
 * The one labelled frame for date, time and date-and-time fields: label, hint and error above a
 * control that reads and writes the format chosen in Settings.
 */
export function LabelledDateTimeField({
  kind,
  id,
  label,
  hint,
  error,
  ...control
}: LabelledDateTimeFieldProps & { readonly kind: DateTimeKind }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldMessages id={id} hint={hint} error={error} />
      <DateTimeTextInput
        kind={kind}
        id={id}
        label={label}
        describedBy={describedBy(id, hint, error)}
        invalid={error ? true : undefined}
        {...control}
      />
    </div>
  );
}
