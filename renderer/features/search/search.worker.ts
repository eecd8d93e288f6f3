/**
 * The search worker: builds or loads the index off the main thread and answers queries.
 * Only wiring here; the logic lives in SearchIndexCore and hostSearchWorker.
 */
import { JournalDatabase } from '../../db/JournalDatabase';
import { SearchIndexCore } from './searchIndexCore';
import { hostSearchWorker, observeSearchSources, type SearchWorkerScope } from './searchWorkerHost';
import { databaseNameOfSearchWorker } from './searchWorkerName';

// The renderer is typed with DOM globals; a dedicated worker's scope has the same message API.
const scope: SearchWorkerScope = self;
// The person's own journal, or a coach's client workspace: the page names it in the worker's name.
const db = new JournalDatabase(databaseNameOfSearchWorker(self.name));
hostSearchWorker(new SearchIndexCore(db), scope, {
  observe: (onChange) => observeSearchSources(db, onChange),
  waitForLoad: true,
});
