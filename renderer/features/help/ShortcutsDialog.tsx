import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router';
import { ShortcutList } from './ShortcutList';
import './help.css';

/**
 * The "?" overlay: a modal dialog listing every shortcut. The page behind it is inert; Escape or
 * Close shuts it, and whoever opened it puts focus back.
 */
export function ShortcutsDialog({
  onClose,
  onOpenHelp,
}: {
  onClose: () => void;
  /** "Open Help" leaves for the Help page, whose heading takes focus. */
  onOpenHelp: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      className="help-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="help-dialog-header">
        <h2 id={headingId} className="help-dialog-heading">
          Keyboard shortcuts
        </h2>
        {/* First in the dialog, so showModal focuses it rather than scrolling to the end. */}
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <ShortcutList headingLevel="h3" />
      <p className="help-dialog-footer">
        <Link to="/help" onClick={onOpenHelp}>
          Open Help
        </Link>{' '}
        for the principles, the guided flow, Progress and your data.
      </p>
    </dialog>
  );
}
