import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import {
  datePattern,
  formatDateInput,
  formatDateTimeInput,
  formatTimeInput,
  parseDateInput,
  parseDateTimeInput,
  parseTimeInput,
  timePattern,
  type DateTimeStyle,
  type ParsedInput,
} from '../../shared/domain/dateTimeFormat';
import { partAtCaret, stepDateTime, type DateTimeKind } from '../../shared/domain/dateTimeStep';
import { useDateTimeFormat } from '../features/dateTime/useDateTimeFormat';
import './dateTimeInput.css';

export interface DateTimeTextInputProps {
  readonly id: string;
  /** The field's name as its label says it: error messages start with it. */
  readonly label: string;
  /** The stored form: "2026-03-02", "21:30" or "2026-03-02T21:30"; "" when empty. */
  readonly value: string;
  /** Gets the stored form whenever the text reads as one, and "" when emptied or left unreadable. */
  readonly onChange: (value: string) => void;
  /** Told the message while the text cannot be read, and null again once it can. */
  readonly onProblem?: (message: string | null) => void;
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean | undefined;
  readonly disabled?: boolean | undefined;
}

const shown: Record<DateTimeKind, (value: string, style: DateTimeStyle) => string> = {
  date: formatDateInput,
  time: formatTimeInput,
  datetime: formatDateTimeInput,
};

const read: Record<DateTimeKind, (text: string, style: DateTimeStyle, field: string) => ParsedInput> = {
  date: parseDateInput,
  time: parseTimeInput,
  datetime: parseDateTimeInput,
};

export function patternOf(kind: DateTimeKind, style: DateTimeStyle): string {
  if (kind === 'date') return datePattern(style);
  if (kind === 'time') return timePattern(style);
  return `${datePattern(style)} ${timePattern(style)}`;
}

/**
 * A text field for a date, a time or both, in the format chosen in Settings rather than the
 * operating system's (which native pickers follow). What was typed stays in the field until it
 * reads as a value; arrow keys step the part under the caret; dates keep a calendar button.
 */
export function DateTimeTextInput({
  kind,
  id,
  label,
  value,
  onChange,
  onProblem,
  describedBy,
  invalid,
  disabled,
}: DateTimeTextInputProps & { readonly kind: DateTimeKind }) {
  const { style } = useDateTimeFormat();
  const [text, setText] = useState(() => shown[kind](value, style));
  const [problem, setProblem] = useState<string | null>(null);
  // The last value this field gave out: a different one coming in was set from outside.
  const given = useRef(value);
  const shownStyle = useRef(style);
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const sameStyle = style.hour12 === shownStyle.current.hour12 && style.order === shownStyle.current.order;
    if (value === given.current && sameStyle) return;
    given.current = value;
    shownStyle.current = style;
    setText(shown[kind](value, style));
    setProblem(null);
  }, [kind, value, style]);

  function report(message: string | null) {
    setProblem(message);
    onProblem?.(message);
  }

  function give(next: string) {
    given.current = next;
    onChange(next);
  }

  function typed(next: string) {
    setText(next);
    if (next.trim() === '') {
      if (problem !== null) report(null);
      if (value !== '') give('');
      return;
    }
    const parsed = read[kind](next, style, label);
    if (!parsed.ok) return;
    if (problem !== null) report(null);
    if (parsed.value !== value) give(parsed.value);
  }

  function commit() {
    if (text.trim() === '') return;
    const parsed = read[kind](text, style, label);
    if (parsed.ok) {
      // Tidied into the chosen form once the person moves on, never while they type.
      setText(shown[kind](parsed.value, style));
      if (parsed.value !== value) give(parsed.value);
    } else {
      // Unreadable text is no value: the form's own checks then refuse to save an old one in its place.
      report(parsed.message);
      if (value !== '') give('');
    }
  }

  function step(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    const parsed = read[kind](text, style, label);
    if (!parsed.ok) return;
    event.preventDefault();
    const caret = event.currentTarget.selectionStart ?? 0;
    const part = partAtCaret(text, caret, kind, style.order);
    if (part === null) return;
    const next = stepDateTime(parsed.value, kind, part, event.key === 'ArrowUp' ? 1 : -1);
    const nextText = shown[kind](next, style);
    setText(nextText);
    if (problem !== null) report(null);
    if (next !== value) give(next);
    // Keep the caret in the same part, which may have grown or shrunk ("9" to "10").
    const target = event.currentTarget;
    requestAnimationFrame(() => target.setSelectionRange(caret, caret));
  }

  function openCalendar() {
    const native = picker.current;
    if (native === null) return;
    native.value = value.slice(0, 10);
    try {
      native.showPicker();
    } catch {
      // A browser without showPicker: the text field still takes the date typed.
      input.current?.focus();
    }
  }

  function picked(date: string) {
    if (date === '') return;
    const next = kind === 'datetime' ? `${date}T${value.slice(11, 16) || '12:00'}` : date;
    setText(shown[kind](next, style));
    if (problem !== null) report(null);
    give(next);
    input.current?.focus();
  }

  const pattern = patternOf(kind, style);
  // The form is in the placeholder and in every message; hints that forms give stay as they are.
  const ids = [describedBy, problem === null ? null : `${id}-format-error`].filter(Boolean).join(' ');
  return (
    <span className="date-time-input">
      <span className="date-time-input-row">
        <input
          ref={input}
          id={id}
          type="text"
          inputMode={kind === 'time' ? 'text' : undefined}
          autoComplete="off"
          spellCheck={false}
          className={`date-time-input-text date-time-input-${kind}`}
          value={text}
          placeholder={pattern}
          disabled={disabled}
          aria-invalid={invalid === true || problem !== null ? true : undefined}
          aria-describedby={ids === '' ? undefined : ids}
          onChange={(event) => typed(event.target.value)}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            step(event);
          }}
        />
        {kind === 'time' ? null : (
          <>
            <button
              type="button"
              className="button date-time-input-calendar"
              aria-label="Open calendar"
              title="Open calendar"
              disabled={disabled}
              onClick={openCalendar}
            >
              <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
                <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" />
                <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" />
              </svg>
            </button>
            <input
              ref={picker}
              type="date"
              className="date-time-input-picker"
              tabIndex={-1}
              aria-hidden="true"
              aria-label="Calendar"
              onChange={(event) => picked(event.target.value)}
            />
          </>
        )}
      </span>
      {problem === null ? null : (
        <span id={`${id}-format-error`} className="field-error" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}
