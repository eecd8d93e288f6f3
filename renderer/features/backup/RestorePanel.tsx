import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { BackupEntry } from '../../../shared/ipc/backupContract';
import { formatCount } from '../../app/formatCount';
import { useJournal } from '../../db/JournalContext';
import { createBackupSnapshotRepository } from '../../db/repositories/backupSnapshotRepository';
import { usePlatform } from '../../platform/PlatformContext';
import { ActionStatus } from '../data/ActionStatus';
import { describeCounts, formatBackupDate } from './backupWords';
import { applyRestore, describeRestore, prepareRestore, type PreparedRestore } from './restoreFlow';
import { useBackupRunner } from './useBackupRunner';
import { errorText } from '../../../shared/app/errorText';

type Step =
  | { readonly step: 'choosing' }
  | { readonly step: 'reading' }
  | { readonly step: 'preview'; readonly prepared: PreparedRestore }
  | { readonly step: 'restoring'; readonly prepared: PreparedRestore };

interface RestorePanelProps {
  /** Backups in the folder (desktop); empty in a browser. */
  readonly backups: readonly BackupEntry[];
  readonly onClose: () => void;
  readonly onRestored: () => void;
}

/** Choose a backup, see what restoring it would change, confirm; the journal is backed up first. */
export function RestorePanel({ backups, onClose, onRestored }: RestorePanelProps) {
  const journal = useJournal();
  const platform = usePlatform();
  const runner = useBackupRunner();
  const repository = createBackupSnapshotRepository(journal);
  const headingId = useId();
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const [state, setState] = useState<Step>({ step: 'choosing' });
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (state.step === 'preview') previewHeadingRef.current?.focus();
  }, [state.step]);

  async function prepare(read: () => Promise<Uint8Array>, source: string) {
    setFailure(null);
    setStatus('');
    setState({ step: 'reading' });
    try {
      const prepared = await prepareRestore(await read(), source, repository, platform.reminders);
      setState({ step: 'preview', prepared });
    } catch (error) {
      setState({ step: 'choosing' });
      setFailure(errorText(error));
    }
  }

  function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined) return;
    void prepare(async () => new Uint8Array(await file.arrayBuffer()), file.name);
  }

  async function restore() {
    if (state.step !== 'preview' || runner === null) return;
    const { prepared } = state;
    setState({ step: 'restoring', prepared });
    setFailure(null);
    setStatus('Backing up your journal as it is now…');
    try {
      await runner.backUp('before-restore');
    } catch (error) {
      setState({ step: 'preview', prepared });
      setStatus('');
      return setFailure(
        `Nothing was restored: your journal could not be backed up first (${errorText(error)}).`,
      );
    }
    setStatus('Restoring…');
    let refused: string[];
    try {
      refused = await applyRestore(prepared, repository, platform.reminders);
    } catch (error) {
      setState({ step: 'preview', prepared });
      setStatus('');
      return setFailure(`The restore failed and your journal was left as it was: ${errorText(error)}`);
    }
    setState({ step: 'choosing' });
    setStatus(`Restored the backup of ${formatBackupDate(prepared.header.createdAt)}.`);
    if (refused.length > 0) {
      setFailure(
        `The journal was restored, but ${formatCount(refused.length)} follow-up reminders could not be added. ${refused.join('; ')}`,
      );
    }
    onRestored();
  }

  const busy = state.step === 'reading' || state.step === 'restoring';
  return (
    <section className="data-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Restore from backup</h3>
      {state.step === 'choosing' || state.step === 'reading' ? (
        <>
          {backups.length > 0 ? (
            <ul className="backup-list">
              {backups.map((entry) => (
                <li key={entry.name}>
                  {entry.createdAt === null || entry.counts === null ? (
                    <span>
                      {entry.name}: {entry.problem ?? 'its header cannot be read'}
                    </span>
                  ) : (
                    <>
                      <span>
                        {formatBackupDate(entry.createdAt)}: {describeCounts(entry.counts)}
                      </span>{' '}
                      <button
                        type="button"
                        className="button"
                        disabled={busy}
                        aria-label={`Preview the backup of ${formatBackupDate(entry.createdAt)}`}
                        onClick={() =>
                          void prepare(
                            () =>
                              platform.backups?.read(entry.name) ??
                              Promise.reject(new Error('No backups here')),
                            formatBackupDate(entry.createdAt ?? ''),
                          )
                        }
                      >
                        Preview
                      </button>
                    </>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
          <label className="button data-file-button">
            Choose a backup file
            <input
              type="file"
              className="visually-hidden"
              accept=".json,application/json"
              disabled={busy}
              onChange={chooseFile}
            />
          </label>{' '}
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </>
      ) : (
        <>
          <h4 ref={previewHeadingRef} tabIndex={-1}>
            Before restoring the backup of {formatBackupDate(state.prepared.header.createdAt)}
          </h4>
          <p className="data-count">Reflections: {describeRestore(state.prepared)}</p>
          {state.prepared.toTrash.length > 0 ? (
            <p>
              {formatCount(state.prepared.toTrash.length)} reflections written since this backup will move to
              the Trash, where you can still open them.
            </p>
          ) : null}
          <p>Your journal as it is now is backed up first.</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={state.step === 'restoring'}
              onClick={() => void restore()}
            >
              Restore
            </button>
            <button
              type="button"
              className="button"
              disabled={state.step === 'restoring'}
              onClick={() => {
                setState({ step: 'choosing' });
                setStatus('Restore cancelled: nothing was changed.');
              }}
            >
              Cancel
            </button>
          </div>
        </>
      )}
      <ActionStatus status={state.step === 'reading' ? 'Reading the backup…' : status} failure={failure} />
    </section>
  );
}
