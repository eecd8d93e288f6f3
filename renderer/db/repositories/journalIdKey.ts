/** The `meta` row naming this journal. Never renamed or rewritten: exports and coaches match on it. */
export const JOURNAL_ID_KEY = 'journalId';
