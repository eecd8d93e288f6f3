// The early painter's own entry, loaded as an async module script beside the app's (see
// renderer/features/journal/earlyRows/startEarlyRows.ts): a small graph that can run while the
// app's code is still loading. A failure here only means the rows wait for React, as before.
import { startEarlyRows } from './features/journal/earlyRows/startEarlyRows';

performance.mark('early-rows:start');
startEarlyRows().then(
  // Why it painted or not, for the benchmark and anyone reading a profile.
  (outcome) => performance.mark('early-rows:done', { detail: outcome }),
  (error: unknown) => console.warn('The early rows were not painted', error),
);
