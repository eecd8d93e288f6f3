import { useEffect, useRef } from 'react';
import type { PreparationConflict } from './usePreparationEditor';

const HEADING_ID = 'prepare-conflict-heading';

/**
 * Another window wrote this plan first. The form still shows every word typed here; nothing is
 * written until the person chooses which version to keep.
 */
export function PreparationConflictNotice({
  conflict,
  onKeepMine,
  onTakeStored,
}: {
  conflict: PreparationConflict;
  onKeepMine: () => void;
  onTakeStored: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [conflict]);
  const isGone = conflict.stored === undefined;
  return (
    <section className="reflect-conflict" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} ref={heading} tabIndex={-1}>
        This preparation was changed in another window.
      </h2>
      <p>
        {isGone
          ? 'It was deleted there. What you wrote here is still on screen and is not saved.'
          : 'What you wrote here is still on screen and is not saved yet. Keep it, or switch to the version saved there.'}
      </p>
      <div className="prepare-actions">
        <button type="button" className="button button-primary" onClick={onKeepMine}>
          {isGone ? 'Save it again' : 'Keep my version'}
        </button>
        {isGone ? null : (
          <button type="button" className="button" onClick={onTakeStored}>
            Use the other version
          </button>
        )}
      </div>
    </section>
  );
}
