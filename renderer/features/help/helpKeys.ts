/** The keys that open Help and the shortcut overlay, kept apart from React so they can be tested alone. */

interface KeyLike {
  readonly key: string;
  readonly code?: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
}

/** F1, or Ctrl+? (Cmd+? on a Mac). Some layouts report the "/" key with Shift rather than "?". */
export function isHelpKey(event: KeyLike): boolean {
  if (event.altKey) return false;
  if (event.key === 'F1') return !event.ctrlKey && !event.metaKey;
  if (!(event.ctrlKey || event.metaKey)) return false;
  return event.key === '?' || (event.code === 'Slash' && event.shiftKey === true);
}

/** A plain "?": the shortcut overlay. */
export function isShortcutOverlayKey(event: KeyLike): boolean {
  return event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

interface ElementLike {
  readonly tagName: string;
  readonly isContentEditable?: boolean;
  readonly closest?: (selector: string) => unknown;
}

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

/**
 * Whether a key press is going into something the person types in: then "?" is a question mark
 * they meant to write, never a shortcut. Any input counts (a checkbox or a radio too), as do
 * text areas, selects and editable content.
 */
export function isTypingTarget(target: unknown): boolean {
  if (typeof target !== 'object' || target === null || !('tagName' in target)) return false;
  const element = target as ElementLike;
  const tag = String(element.tagName).toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable === true)
    return true;
  // isContentEditable is missing in some DOMs (jsdom); the attribute on it or an ancestor says the same.
  return typeof element.closest === 'function' && element.closest(EDITABLE) !== null;
}
