/**
 * The window's own colour, shown before the page paints and wherever a resize outruns it. It is
 * the page's background (`--bg` in renderer/styles/tokens.css) for the system theme, so a light
 * journal never flashes dark at its edges, or the other way round.
 */
export const windowBackgrounds = { light: '#f6f5f1', dark: '#1c1b22' } as const;

export function windowBackgroundColor(prefersDark: boolean): string {
  return prefersDark ? windowBackgrounds.dark : windowBackgrounds.light;
}
