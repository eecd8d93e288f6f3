import { DateTimeTextInput, type DateTimeTextInputProps } from './DateTimeTextInput';
import { LabelledDateTimeField, type LabelledDateTimeFieldProps } from './LabelledDateTimeField';

export type DateInputProps = DateTimeTextInputProps;

/** A date control alone, for layouts that place their own label: gives "yyyy-MM-dd". */
export function DateInput(props: DateInputProps) {
  return <DateTimeTextInput kind="date" {...props} />;
}

export type DateFieldProps = LabelledDateTimeFieldProps;

/** A labelled date field in the format chosen in Settings, with its hint and error. */
export function DateField(props: DateFieldProps) {
  return <LabelledDateTimeField kind="date" {...props} />;
}
