import { useEffect, useRef } from 'react';
import { CopyTextButton } from './CopyTextButton';

const HEADING_ID = 'reflect-leave-heading';
const TEXT_ID = 'reflect-leave-text';

/**
 * Asked before leaving the editor while saving fails (storage full, the journal closed): the
 * words on screen are the only copy, so the person can copy them first, stay, or leave anyway.
 */
export function LeaveWhileUnsavedDialog({
  text,
  onStay,
  onLeave,
}: {
  text: string;
  onStay: () => void;
  onLeave: () => void;
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
      <h2 id={HEADING_ID}>Your latest changes are not saved</h2>
      <p id={`${HEADING_ID}-text`}>
        Saving is failing, so what you wrote exists only on this screen. Copy it before you leave, or stay and
        try saving again.
      </p>
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
          Leave anyway
        </button>
      </div>
    </section>
  );
}
