import { useEffect, useId, useState } from 'react';
import { usePlatform } from '../../platform/PlatformContext';
import { errorText } from '../../../shared/app/errorText';

/** Settings' "Backup folder": where the desktop app keeps backups, and "Choose folder…" to move them on. */
export function BackupFolderSetting() {
  const backups = usePlatform().backups;
  const headingId = useId();
  const [folder, setFolder] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    if (backups?.kind !== 'folder') return;
    let live = true;
    backups.list().then(
      (list) => live && setFolder(list.folder),
      (error: unknown) => live && setFailure(`The backup folder could not be read: ${errorText(error)}`),
    );
    return () => {
      live = false;
    };
  }, [backups]);

  if (backups?.kind !== 'folder' || backups.chooseFolder === undefined) return null;
  const choose = backups.chooseFolder;

  async function chooseFolder() {
    setFailure(null);
    setNote('');
    try {
      const result = await choose();
      setFolder(result.folder);
      // Backups already made stay where they are; new ones go to the new folder.
      if (result.changed) setNote('New backups go to this folder. Earlier ones stay where they were.');
    } catch (error) {
      setFailure(`The backup folder could not be changed: ${errorText(error)}`);
    }
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Backup folder</h2>
      <p>
        {folder === null ? 'Reading…' : folder} A synced folder keeps a copy of each backup off this computer
        too.
      </p>
      <button type="button" className="button" onClick={() => void chooseFolder()}>
        Choose folder…
      </button>
      <p role="status">{note}</p>
      {failure !== null ? <p role="alert">{failure}</p> : null}
    </section>
  );
}
