import { useEffect } from 'react';
import { whenStartupSettled } from '../../app/startupPhase';
import { HOUR_MS } from '../../../shared/domain/localDateTime';
import { setBeforeImport } from '../data/importFlow';
import { EmptyJournalRestoreOffer } from './EmptyJournalRestoreOffer';
import { useBackupRunner } from './useBackupRunner';

/** How often a running app looks whether the daily backup is due. */
export const BACKUP_CHECK_INTERVAL_MS = HOUR_MS;

/**
 * Renders only the offer to restore an empty journal. Once start-up has settled, and then every hour while the app runs, makes the
 * daily backup when a reflection was written since the last one; and backs up before every import.
 * A failure is recorded and shown by the runner; the next check tries again.
 */
export function AutomaticBackups() {
  const runner = useBackupRunner();

  useEffect(() => {
    if (runner === null) return;
    let live = true;
    const check = () => {
      if (live)
        runner.backUpIfDue().catch((error: unknown) => console.error('The daily backup failed', error));
    };
    void whenStartupSettled().then(check);
    const timer = setInterval(check, BACKUP_CHECK_INTERVAL_MS);
    const unhook = setBeforeImport(async () => {
      await runner.backUp('before-import');
    });
    return () => {
      live = false;
      clearInterval(timer);
      unhook();
    };
  }, [runner]);

  return <EmptyJournalRestoreOffer />;
}
