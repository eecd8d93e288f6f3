/** Both views give their current heading this id, so focus can always find "where you are now". */
export const STEP_HEADING_ID = 'reflect-step-heading';

const FOCUSABLE = 'input, select, textarea, button';

/**
 * Focuses the element with this id, or the control inside it (a radio group's fieldset
 * focuses its checked radio, else its first one).
 */
export function focusElement(id: string): void {
  const element = document.getElementById(id);
  if (element === null) return;
  const target =
    element.matches(FOCUSABLE) || element.tabIndex >= 0 || element.hasAttribute('tabindex')
      ? element
      : (element.querySelector<HTMLElement>('input:checked') ??
        element.querySelector<HTMLElement>(FOCUSABLE));
  target?.focus();
}
