import { describeTextLength } from './textLength';

/** What a field with a length limit needs to know and show about the text it holds. */
export interface TextLimitState {
  /** Over the limit: the field is invalid and whatever completes it must refuse. */
  readonly isOver: boolean;
  /** The counter's id for the control's aria-describedby, or null while the counter is hidden. */
  readonly countId: string | null;
  readonly text: string | null;
}

/**
 * The one place a text field learns how its length stands against its limit. Fields never use
 * `maxLength`: a long paste is kept whole and the counter says how far over it is, so nothing is cut
 * without the person knowing. Shared by the plain fields and by the combobox and tag input, whose
 * ARIA roles keep them from being a plain TextField.
 */
export function textLimitState(id: string, text: string, limit: number | undefined): TextLimitState {
  const described = limit === undefined ? null : describeTextLength(text.length, limit);
  if (described === null) return { isOver: false, countId: null, text: null };
  return { isOver: described.isOver, countId: `${id}-count`, text: described.text };
}

/** The counter beside the field: a hint near the limit, an error over it. */
export function LengthCounter({ state }: { state: TextLimitState }) {
  if (state.countId === null || state.text === null) return null;
  return (
    <p id={state.countId} className={state.isOver ? 'field-error field-count' : 'field-hint field-count'}>
      {state.text}
    </p>
  );
}
