import { useEffect, useId, useState } from 'react';
import type { BackupEntry } from '../../../shared/ipc/backupContract';
import { useStartupSettled } from '../../app/startupPhase';
import { useJournal } from '../../db/JournalContext';
import { createBackupSnapshotRepository } from '../../db/repositories/backupSnapshotRepository';
import { usePlatform } from '../../platform/PlatformContext';
import { describeCounts, formatBackupDate } from './backupWords';
import { applyRestore, prepareRestore } from './restoreFlow';
import { errorText } from '../../../shared/app/errorText';

type Offer =
  | { readonly step: 'none' }
  | { readonly step: 'offer' | 'restoring'; readonly newest: BackupEntry & { createdAt: string } }
  | { readonly step: 'done'; readonly message: string }
  | {
      readonly step: 'failed';
      readonly newest: BackupEntry & { createdAt: string };
      readonly message: string;
    };

/**
 * At start, a journal with nothing in it while backups exist is more likely lost than new (an
 * update, a reinstall, a changed origin): offer the newest backup before the person starts over.
 * Only the desktop app can list backups, so only it offers this.
 */
export function EmptyJournalRestoreOffer() {
  const journal = useJournal();
  const platform = usePlatform();
  const settled = useStartupSettled();
  const headingId = useId();
  const [offer, setOffer] = useState<Offer>({ step: 'none' });
  const backups = platform.backups;

  useEffect(() => {
    if (!settled || backups?.kind !== 'folder') return;
    let live = true;
    const repository = createBackupSnapshotRepository(journal);
    void (async () => {
      if (!(await repository.isEmpty())) return;
      const { backups: entries } = await backups.list();
      const newest = entries.find(
        (entry): entry is BackupEntry & { createdAt: string } =>
          entry.createdAt !== null && entry.counts !== null && entry.counts.reflections > 0,
      );
      if (live && newest !== undefined) setOffer({ step: 'offer', newest });
    })().catch((error: unknown) => console.error('Could not look for backups to restore', error));
    return () => {
      live = false;
    };
  }, [settled, backups, journal]);

  if (offer.step === 'none' || backups === undefined) return null;
  if (offer.step === 'done') {
    return (
      <p className="banner" role="status">
        {offer.message}
      </p>
    );
  }

  async function restore(newest: BackupEntry & { createdAt: string }) {
    if (backups === undefined) return;
    setOffer({ step: 'restoring', newest });
    const repository = createBackupSnapshotRepository(journal);
    try {
      const prepared = await prepareRestore(
        await backups.read(newest.name),
        newest.name,
        repository,
        platform.reminders,
      );
      // The journal is empty: there is nothing of it to back up first.
      await applyRestore(prepared, repository, platform.reminders);
      setOffer({ step: 'done', message: `Restored the backup of ${formatBackupDate(newest.createdAt)}.` });
    } catch (error) {
      const reason = errorText(error);
      setOffer({ step: 'failed', newest, message: `The backup could not be restored: ${reason}` });
    }
  }

  const { newest } = offer;
  return (
    <section className="banner" aria-labelledby={headingId}>
      <h2 id={headingId}>Your journal is empty</h2>
      <p>
        A backup from {formatBackupDate(newest.createdAt)} holds{' '}
        {newest.counts === null ? 'a journal' : describeCounts(newest.counts)}.
      </p>
      {offer.step === 'failed' ? <p role="alert">{offer.message}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={offer.step === 'restoring'}
          onClick={() => void restore(newest)}
        >
          Restore the newest backup
        </button>
        <button
          type="button"
          className="button"
          disabled={offer.step === 'restoring'}
          onClick={() => setOffer({ step: 'none' })}
        >
          Start fresh
        </button>
      </div>
    </section>
  );
}
