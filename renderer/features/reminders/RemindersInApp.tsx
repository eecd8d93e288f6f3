import { lazy, Suspense } from 'react';
import { useStartupSettled } from '../../app/startupPhase';

// Loaded once the first page has painted, with the reminder schemas it brings.
const RemindersAtWork = lazy(() => import('./RemindersAtWork').then((m) => ({ default: m.RemindersAtWork })));

/**
 * The app-wide part of reminders: mounted once in the app shell, on every page, from the moment
 * the first page has painted. Starting the reminder engine and its journal query earlier held
 * up the first rows; a reminder due at start-up still shows a moment later.
 */
export function RemindersInApp() {
  return useStartupSettled() ? (
    <Suspense fallback={null}>
      <RemindersAtWork />
    </Suspense>
  ) : null;
}
