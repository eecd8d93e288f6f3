/**
 * The app's mark beside its name: the icon's shapes (build/icon.svg) in the theme's colours, so
 * it follows light, dark and forced colours. Decorative: the name is written next to it.
 */
export function AppMark() {
  return (
    <svg className="app-name-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--accent)" />
      <path d="M18 12h22l8 8v30a4 4 0 0 1-4 4H18a4 4 0 0 1-4-4V16a4 4 0 0 1 4-4z" fill="var(--accent-text)" />
      <path d="M21 21h13M21 27h9" stroke="var(--accent)" strokeWidth="3" strokeLinecap="round" fill="none" />
      <circle cx="31" cy="40" r="7.5" fill="none" stroke="var(--accent)" strokeWidth="3" />
    </svg>
  );
}
