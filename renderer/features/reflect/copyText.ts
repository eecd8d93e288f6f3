/**
 * Puts text on the clipboard. The Clipboard API first; where it is refused (a permission, an
 * unfocused page), the older copy command on a hidden text box. Resolves whether it worked, so
 * the page can say so instead of pretending.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard !== undefined) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Falls through to the copy command.
  }
  const box = document.createElement('textarea');
  box.value = text;
  box.setAttribute('readonly', '');
  box.className = 'visually-hidden';
  const focused = document.activeElement;
  document.body.append(box);
  box.select();
  let copied: boolean;
  try {
    // Deprecated, but still what works where the Clipboard API is not allowed.
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  box.remove();
  if (focused instanceof HTMLElement) focused.focus();
  return copied;
}
