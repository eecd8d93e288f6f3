import { useEffect, useRef } from 'react';
import { CopyTextButton } from './CopyTextButton';
import type { SaveConflict } from './useDraftSaving';

const HEADING_ID = 'reflect-conflict-heading';
const TEXT_ID = 'reflect-conflict-text';

function whatHappened(conflict: SaveConflict): string {
  if (conflict.storedIsGone) {
    return 'It was deleted for good there, so nothing typed here is saved any more.';
  }
  if (conflict.isInTrash) {
    return 'It was moved to the Trash there, and stays there. The form now shows that version.';
  }
  return 'The form now shows that version, so nothing was written over.';
}

/**
 * Another window wrote this reflection first. The form shows what is stored; what was typed
 * here is shown read-only beside it, to copy back in where the person wants it.
 */
export function ConflictNotice({ conflict, onDismiss }: { conflict: SaveConflict; onDismiss: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [conflict]);
  const hasText = conflict.unsavedText !== '';
  return (
    <section className="reflect-conflict" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        This reflection was changed in another window.
      </h2>
      <p>{whatHappened(conflict)}</p>
      {hasText ? (
        <div className="field">
          <label htmlFor={TEXT_ID}>What you wrote here</label>
          <p className="field-hint">Copy it, then add it back where it belongs.</p>
          <textarea id={TEXT_ID} dir="auto" readOnly rows={6} value={conflict.unsavedText} />
          <CopyTextButton text={conflict.unsavedText} />
        </div>
      ) : (
        <p>Nothing you wrote here is missing from that version.</p>
      )}
      <button type="button" className="button" onClick={onDismiss}>
        Dismiss
      </button>
    </section>
  );
}
