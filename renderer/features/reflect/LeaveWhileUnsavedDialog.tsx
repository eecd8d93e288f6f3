import { useEffect, useRef } from 'react';
import { CopyTextButton } from './CopyTextButton';

const HEADING_ID = 'reflect-leave-heading';
const TEXT_ID = 'reflect-leave-text';

const savingFails = {
  heading: 'Your latest changes are not saved',
  explanation:
    'Saving is failing, so what you wrote exists only on this screen. Copy it before you leave, or stay and try saving again.',
  leaveLabel: 'Leave anyway',
};

/** Leaving an edit of a saved reflection before "Save changes". */
export const unsavedEditWords = {
  heading: 'Leave without saving your changes?',
  explanation:
    'The saved reflection stays as it was. Stay to save your changes, or copy them before you leave.',
  leaveLabel: 'Discard changes',
};

/**
 * Asked before leaving the editor while saving fails (storage full, the journal closed), or while
 * an edit is not saved yet: the words on screen may be the only copy, so the person can copy them
 * first, stay, or leave anyway.
 */
export function LeaveWhileUnsavedDialog({
  text,
  onStay,
  onLeave,
  words = savingFails,
}: {
  text: string;
  onStay: () => void;
  onLeave: () => void;
  words?: { heading: string; explanation: string; leaveLabel: string };
}) {
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    stay.current?.focus();
  }, []);
  return (
    <section
      role="alertdialog"
      aria-labelledby={HEADING_ID}
      aria-describedby={`${HEADING_ID}-text`}
      className="reflect-leave"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onStay();
      }}
    >
      <h2 id={HEADING_ID}>{words.heading}</h2>
      <p id={`${HEADING_ID}-text`}>{words.explanation}</p>
      {text === '' ? null : (
        <div className="field">
          <label htmlFor={TEXT_ID}>What you wrote</label>
          <textarea id={TEXT_ID} dir="auto" readOnly rows={4} value={text} />
        </div>
      )}
      <div className="reflect-leave-actions">
        <CopyTextButton text={text} />
        <button ref={stay} type="button" className="button button-primary" onClick={onStay}>
          Stay
        </button>
        <button type="button" className="button" onClick={onLeave}>
          {words.leaveLabel}
        </button>
      </div>
    </section>
  );
}
