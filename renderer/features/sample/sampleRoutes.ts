/** Where the sample journal lives in the app; everything under it reads the sample database only. */
export const SAMPLE_ROUTE = '/sample';

export const sampleNavigation = [
  { label: 'Journal', path: 'journal', covers: ['reflections'] },
  { label: 'Progress', path: 'progress', covers: [] },
  { label: 'Search', path: 'search', covers: [] },
] as const;
