/** The journal's database (JournalDatabase's JOURNAL_DATABASE_NAME, which would bring Dexie). */
export const EARLY_JOURNAL_DATABASE_NAME = 'influence-journal';
