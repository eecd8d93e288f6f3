import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useJournal } from '../../db/JournalContext';
import { usePlatform } from '../../platform/PlatformContext';
import { DueRemindersBanner } from './DueRemindersBanner';

/**
 * Tells whoever runs the reminders when the person last reflected: main cannot read the
 * journal in IndexedDB. The live query re-runs after every save, so the report stays current.
 */
export function useReportLatestReflection(): void {
  const { reflections } = useJournal();
  const { reminders } = usePlatform();
  const latest = useLiveQuery(() => reflections.latestCompletedAt(), [reflections]);
  useEffect(() => {
    if (latest === undefined) return;
    reminders
      .reportLatestReflection(latest)
      .catch((error: unknown) => console.error('Could not report the latest reflection', error));
  }, [latest, reminders]);
}

export function RemindersAtWork() {
  useReportLatestReflection();
  return <DueRemindersBanner />;
}
