// The early painter's own entry, loaded as an async module script beside the app's (see
// renderer/features/journal/earlyRows/startEarlyRows.ts). Its first line starts the read, from a
// few kilobytes of script; the code that writes and draws the rows loads meanwhile. A failure here
// only means the rows wait for React, as before.
import { EARLY_JOURNAL_DATABASE_NAME } from './features/journal/earlyRows/earlyJournalName';
import { startEarlyRead } from './features/journal/earlyRows/readEarlyRows';

performance.mark('early-rows:start');
const read = startEarlyRead(window, EARLY_JOURNAL_DATABASE_NAME);
import('./features/journal/earlyRows/startEarlyRows')
  .then(({ startEarlyRows }) => startEarlyRows(window, read))
  .then(
    // Why it painted or not, for the benchmark and anyone reading a profile.
    (outcome) => performance.mark('early-rows:done', { detail: outcome }),
    (error: unknown) => console.warn('The early rows were not painted', error),
  );
