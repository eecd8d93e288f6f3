import type { ReactNode } from 'react';

/** The ids a control's aria-describedby lists: its hint, then its error, then anything else. */
export function describedBy(
  id: string,
  hint: unknown,
  error: unknown,
  ...more: (string | null)[]
): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...more].filter(
    (value) => value !== null,
  );
  return ids.length === 0 ? undefined : ids.join(' ');
}

/** Hint and error sit between the label and the control, where the eye (and a screen reader) meets them first. */
export function FieldMessages({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  );
}
