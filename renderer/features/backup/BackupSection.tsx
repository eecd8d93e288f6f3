import { useCallback, useEffect, useId, useState } from 'react';
import type { BackupList } from '../../../shared/ipc/backupContract';
import { usePlatform } from '../../platform/PlatformContext';
import { ActionStatus } from '../data/ActionStatus';
import { describeCounts, formatBackupDate, isBackupOld } from './backupWords';
import { RestorePanel } from './RestorePanel';
import { useBackupRunner, useBackupStatus } from './useBackupRunner';
import { errorText } from '../../../shared/app/errorText';

/** The Data page's "Backups": how the last one went, "Back up now", and restoring one. */
export function BackupSection({ onRestored }: { readonly onRestored: () => void }) {
  const platform = usePlatform();
  const runner = useBackupRunner();
  const status = useBackupStatus();
  const headingId = useId();
  const [list, setList] = useState<BackupList | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [isRestoring, setRestoring] = useState(false);
  const backups = platform.backups;
  const inFolder = backups?.kind === 'folder';

  const reloadList = useCallback(async () => {
    if (backups?.kind !== 'folder') return;
    try {
      setList(await backups.list());
    } catch (error) {
      setFailure(errorText(error));
    }
  }, [backups]);

  useEffect(() => {
    if (backups?.kind !== 'folder') return;
    let live = true;
    backups.list().then(
      (next) => live && setList(next),
      (error: unknown) => live && setFailure(errorText(error)),
    );
    return () => {
      live = false;
    };
  }, [backups]);

  if (runner === null || backups === undefined) return null;

  async function backUpNow() {
    if (runner === null) return;
    setBusy(true);
    setDone('');
    setFailure(null);
    try {
      const saved = await runner.backUp('manual');
      setDone(
        inFolder
          ? `Backed up: ${describeCounts(saved.counts)}.`
          : `Backup downloaded as ${saved.name}: ${describeCounts(saved.counts)}.`,
      );
      await reloadList();
    } catch {
      // The status line below says what failed.
    } finally {
      setBusy(false);
    }
  }

  const last = status.lastSuccess;
  const lastFromFolder = list?.backups.find((entry) => entry.createdAt !== null && entry.counts !== null);
  const shown =
    lastFromFolder?.createdAt != null && lastFromFolder.counts !== null
      ? { createdAt: lastFromFolder.createdAt, counts: lastFromFolder.counts }
      : last;
  const old = !inFolder && isBackupOld(shown?.createdAt ?? null, new Date());

  return (
    <section className="card data-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Backups</h2>
      <p className="field-hint">
        {inFolder
          ? 'A backup of the whole journal, the Trash included, is made every day you write, and before every import and restore.'
          : 'In the browser, a backup is a file you download and keep somewhere safe. One is also downloaded before every import and restore.'}
      </p>
      {shown ? (
        <p className="backup-last">
          Last backup: {formatBackupDate(shown.createdAt)}, {describeCounts(shown.counts)}.
        </p>
      ) : (
        <p className="backup-last">No backup yet.</p>
      )}
      {status.lastFailure !== null ? (
        <p className="field-error" role="alert">
          The last backup failed: {status.lastFailure.reason}. It will be tried again.
        </p>
      ) : null}
      {old ? (
        <div className="banner" role="note">
          <p>
            {shown ? 'Your last backup is more than 7 days old.' : 'You have not downloaded a backup yet.'}
          </p>
          <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
            Download a backup
          </button>
        </div>
      ) : null}
      {inFolder && list !== null ? <p className="field-hint">Backups are kept in {list.folder}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void backUpNow()}
        >
          Back up now
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={isRestoring}
          onClick={() => setRestoring(true)}
        >
          Restore from backup
        </button>
      </div>
      {isRestoring ? (
        <RestorePanel
          backups={list?.backups ?? []}
          onClose={() => setRestoring(false)}
          onRestored={() => {
            onRestored();
            void reloadList();
          }}
        />
      ) : null}
      <ActionStatus status={busy ? 'Backing up…' : done} failure={failure} />
    </section>
  );
}
