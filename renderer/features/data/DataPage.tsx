import { useCallback } from 'react';
import { PageHeading } from '../../app/PageHeading';
import { BackupSection } from '../backup/BackupSection';
import { usePageTitle } from '../../app/usePageTitle';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { useJournalData } from './useJournalData';
import './data.css';

/** Export and import: the only way anything of the journal leaves this computer, and comes back. */
export function DataPage() {
  usePageTitle('Data');
  const { state, reload, showImported, exportJournal, data } = useJournalData();
  const journalId = useCallback(() => data.journalId(), [data]);
  return (
    <div className="page data-page">
      <PageHeading>Data</PageHeading>
      <p className="page-intro">
        Your journal lives on this computer. Nothing leaves it except the files you export here, and only
        where you save or send them.
      </p>
      {state.status === 'loading' ? <p className="muted">Reading your journal…</p> : null}
      {state.status === 'error' ? (
        <p className="banner banner-error" role="alert">
          Your journal could not be read for export: {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <ExportSection snapshot={state.snapshot} exportJournal={exportJournal} journalId={journalId} />
      ) : null}
      <ImportSection data={data} onImported={showImported} />
      <BackupSection onRestored={() => void reload()} />
    </div>
  );
}
