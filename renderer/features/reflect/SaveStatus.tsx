import type { AutosaveStatus } from './useAutosave';

const messages = {
  idle: 'Saves as you type',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet. Your text is still here.',
} as const satisfies Record<AutosaveStatus, string>;

/**
 * A quiet autosave indicator; a live region, so a screen reader hears "Saved" without losing its
 * place. When a text was too long to save whole, "Saved" says what fits was saved, and which one.
 */
export function SaveStatus({
  status,
  cutField,
  onRetry,
}: {
  status: AutosaveStatus;
  /** The question whose text the last save had to cut to the limit. */
  cutField: string | null;
  onRetry: () => void;
}) {
  const isCut = status === 'saved' && cutField !== null;
  return (
    <div className="reflect-save-status">
      <p role="status" className={status === 'failed' || isCut ? 'field-error' : 'muted'}>
        {isCut ? `Saved what fits: shorten “${cutField}” to save the rest` : messages[status]}
      </p>
      {status === 'failed' ? (
        <button type="button" className="button" onClick={onRetry}>
          Try saving again
        </button>
      ) : null}
    </div>
  );
}
