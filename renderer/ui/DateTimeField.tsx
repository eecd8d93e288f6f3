import { DateTimeTextInput, type DateTimeTextInputProps } from './DateTimeTextInput';
import { LabelledDateTimeField, type LabelledDateTimeFieldProps } from './LabelledDateTimeField';

export type DateTimeInputProps = DateTimeTextInputProps;

/** A date-and-time control alone, for layouts that place their own label: gives "yyyy-MM-ddTHH:mm". */
export function DateTimeInput(props: DateTimeInputProps) {
  return <DateTimeTextInput kind="datetime" {...props} />;
}

export type DateTimeFieldProps = LabelledDateTimeFieldProps;

/** A labelled date-and-time field in the format chosen in Settings, with its hint and error. */
export function DateTimeField(props: DateTimeFieldProps) {
  return <LabelledDateTimeField kind="datetime" {...props} />;
}
