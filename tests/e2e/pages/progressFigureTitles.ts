/**
 * The figures' titles as the person sees them, in page order. Kept free of Playwright so the
 * unit tests of the page check the same words the browser tests do.
 */
export const progressFigureTitles = [
  'Principle ratings over time',
  'Outcomes by week',
  'Escalations to your manager',
  'Reflection streak',
  'Principle coverage',
  'Sphere of influence',
  'What goes with good outcomes',
  'Plans followed through',
] as const;
