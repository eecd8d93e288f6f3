import { useRef, useState, type ReactNode } from 'react';

/**
 * Restore and Delete forever for one item in the Trash. Delete forever asks first, and the safe
 * choice, "Keep it", takes focus, so a second Enter cannot delete by accident.
 */
export function TrashItemActions({
  confirmLabel,
  warning,
  isBusy,
  restoreLabel,
  deleteLabel,
  onRestore,
  onDeleteForever,
}: {
  /** The name of the question's group, e.g. "Delete forever?". */
  confirmLabel: string;
  /** What the question says above its buttons. */
  warning: ReactNode;
  isBusy: boolean;
  /** Accessible names when several kinds of item share a page; each starts with the visible text. */
  restoreLabel?: string;
  deleteLabel?: string;
  onRestore: () => void;
  onDeleteForever: () => void;
}) {
  const [isConfirming, setIsConfirming] = useState(false);
  const keepButton = useRef<HTMLButtonElement>(null);

  if (isConfirming) {
    return (
      <div role="group" aria-label={confirmLabel} className="button-row">
        <p>{warning}</p>
        <button type="button" className="button button-danger" disabled={isBusy} onClick={onDeleteForever}>
          Yes, delete forever
        </button>
        <button ref={keepButton} type="button" className="button" onClick={() => setIsConfirming(false)}>
          Keep it
        </button>
      </div>
    );
  }
  return (
    <div className="button-row">
      <button
        type="button"
        className="button"
        disabled={isBusy}
        aria-label={restoreLabel}
        onClick={onRestore}
      >
        Restore
      </button>
      <button
        type="button"
        className="button button-danger"
        aria-label={deleteLabel}
        onClick={() => {
          setIsConfirming(true);
          requestAnimationFrame(() => keepButton.current?.focus());
        }}
      >
        Delete forever
      </button>
    </div>
  );
}
