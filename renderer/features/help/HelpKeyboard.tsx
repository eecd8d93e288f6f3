import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isHelpKey, isShortcutOverlayKey, isTypingTarget } from './helpKeys';
import { ShortcutsDialog } from './ShortcutsDialog';

export const HELP_PATH = '/help';

/**
 * The app-wide help keys: F1 or Ctrl/Cmd+? opens Help (in the desktop app the Help menu's F1 does
 * the same through the bridge), and "?" outside a text field opens the shortcut overlay.
 */
export function HelpKeyboard() {
  const navigate = useNavigate();
  const [isOverlayOpen, setOverlayOpen] = useState(false);
  const returnFocusTo = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (isHelpKey(event)) {
        event.preventDefault();
        // Help's heading takes focus on arrival, so nothing should pull it back afterwards.
        returnFocusTo.current = null;
        setOverlayOpen(false);
        void navigate(HELP_PATH);
        return;
      }
      if (!isShortcutOverlayKey(event) || isTypingTarget(event.target)) return;
      // Another dialog (or this one) already holds the keyboard.
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOverlayOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);

  // Focus goes back once the dialog has left the page: while it is open the page cannot take it.
  useEffect(() => {
    if (isOverlayOpen) return;
    const target = returnFocusTo.current;
    returnFocusTo.current = null;
    if (target?.isConnected) target.focus();
  }, [isOverlayOpen]);

  if (!isOverlayOpen) return null;
  return (
    <ShortcutsDialog
      onClose={() => setOverlayOpen(false)}
      onOpenHelp={() => {
        returnFocusTo.current = null;
        setOverlayOpen(false);
      }}
    />
  );
}
