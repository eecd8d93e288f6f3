import type { AutosaveStatus } from './useAutosave';

const messages = {
  idle: 'Saves as you type',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved yet. Your text is still here.',
} as const satisfies Record<AutosaveStatus, string>;

/** A quiet autosave indicator; a live region, so a screen reader hears "Saved" without losing its place. */
export function SaveStatus({ status, onRetry }: { status: AutosaveStatus; onRetry: () => void }) {
  return (
    <div className="reflect-save-status">
      <p role="status" className={status === 'failed' ? 'field-error' : 'muted'}>
        {messages[status]}
      </p>
      {status === 'failed' ? (
        <button type="button" className="button" onClick={onRetry}>
          Try saving again
        </button>
      ) : null}
    </div>
  );
}
