/**
 * The search worker: builds or loads the index off the main thread and answers queries.
 * Only wiring here; the logic lives in SearchIndexCore and hostSearchWorker.
 */
import { JournalDatabase } from '../../db/JournalDatabase';
import { SearchIndexCore } from './searchIndexCore';
import { hostSearchWorker, observeSearchSources, type SearchWorkerScope } from './searchWorkerHost';

// The renderer is typed with DOM globals; a dedicated worker's scope has the same message API.
const scope: SearchWorkerScope = self;
const db = new JournalDatabase();
hostSearchWorker(new SearchIndexCore(db), scope, {
  observe: (onChange) => observeSearchSources(db, onChange),
  waitForLoad: true,
});
