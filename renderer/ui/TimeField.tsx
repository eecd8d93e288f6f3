import { DateTimeTextInput, type DateTimeTextInputProps } from './DateTimeTextInput';
import { LabelledDateTimeField, type LabelledDateTimeFieldProps } from './LabelledDateTimeField';

export type TimeInputProps = DateTimeTextInputProps;

/** A time control alone, for layouts that place their own label: gives "HH:mm". */
export function TimeInput(props: TimeInputProps) {
  return <DateTimeTextInput kind="time" {...props} />;
}

export type TimeFieldProps = LabelledDateTimeFieldProps;

/** A labelled time field in the format chosen in Settings, with its hint and error. */
export function TimeField(props: TimeFieldProps) {
  return <LabelledDateTimeField kind="time" {...props} />;
}
