/** Where the sample journal lives in the app; everything under it reads the sample database only. */
export const SAMPLE_ROUTE = '/sample';

/** Where "Explore with a sample journal" goes: straight to its journal, not through a redirect. */
export const SAMPLE_START_ROUTE = `${SAMPLE_ROUTE}/journal`;

export const sampleNavigation = [
  { label: 'Journal', path: 'journal', covers: ['reflections'] },
  { label: 'Progress', path: 'progress', covers: [] },
  { label: 'Search', path: 'search', covers: [] },
] as const;
