/**
 * The app's mark beside its name: the icon's shapes (build/icon.svg) in the theme's colours, so
 * it follows light, dark and forced colours. Decorative: the name is written next to it.
 */
export function AppMark() {
  return (
    <svg className="app-name-mark" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="var(--accent)" />
      <path d="M20 17h19a7 7 0 0 1 7 7v23H27a7 7 0 0 1-7-7z" fill="var(--accent-text)" />
      <path
        d="M27 28h12M27 35h8"
        stroke="var(--accent)"
        strokeWidth="3.5"
        strokeLinecap="round"
        fill="none"
      />
      <circle cx="41" cy="42" r="4" fill="var(--accent)" />
    </svg>
  );
}
