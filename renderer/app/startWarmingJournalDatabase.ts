// The built page's first script (see warmJournalDatabase.ts): a few hundred bytes, loaded on its own.
import { databaseVersionFromPage, warmJournalDatabase, WARMED_DATABASE_NAME } from './warmJournalDatabase';

const version = databaseVersionFromPage(document);
if (version !== null && typeof indexedDB !== 'undefined')
  void warmJournalDatabase(indexedDB, WARMED_DATABASE_NAME, version);
