import { useEffect, useId, useRef, useState } from 'react';
import type { JournalExport } from '../../../shared/data/exportFormat';
import { ImportFileError } from '../../../shared/data/importErrors';
import { readImportFile } from '../../../shared/data/readImportFile';
import { formatCount } from '../../app/formatCount';
import type { OpenExportOutcome, OpenExportStep } from '../../db/coach/coachClientRepository';
import { ActionStatus } from '../data/ActionStatus';
import { PassphrasePrompt } from '../data/PassphrasePrompt';
import { useReadJournalFile } from '../data/useReadJournalFile';
import { errorText } from '../../../shared/app/errorText';
import { formatInstantDay, viewerTimeZone } from '../journal/formatJournalDate';
import { useCoach } from './coachServices';
import '../data/data.css';

type OpenStep =
  | { readonly step: 'idle' }
  | { readonly step: 'naming'; readonly file: JournalExport }
  | {
      readonly step: 'writing';
      readonly file: JournalExport;
      readonly progress: OpenExportStep;
      /** Reflections in the workspace so far, of how many, once the write has begun. */
      readonly written?: { readonly count: number; readonly total: number };
    };

/** Marked once an export is in its workspace and the client listed, for `npm run bench`. */
export const EXPORT_OPENED_MARK = 'coach:export-opened';

const NOT_A_JOURNAL =
  "This file is not a journal exported from Influence Journal. Ask your client for the JSON file the Data page's Export makes.";

const reflectionsWord = (count: number) =>
  `${formatCount(count)} ${count === 1 ? 'reflection' : 'reflections'}`;

const exportDay = (exportedAt: string) => formatInstantDay(Date.parse(exportedAt), viewerTimeZone());

function describeOutcome(outcome: OpenExportOutcome): string {
  const { client } = outcome;
  const skipped =
    'skipped' in outcome && outcome.skipped > 0
      ? ` ${reflectionsWord(outcome.skipped)} could not be read.`
      : '';
  switch (outcome.kind) {
    case 'added':
      return `Added ${client.name}: ${reflectionsWord(client.reflectionCount)}.${skipped}`;
    case 'updated':
      return `Updated ${client.name} with the export of ${exportDay(client.exportedAt)}: ${reflectionsWord(client.reflectionCount)}. Your comments are kept.${skipped}`;
    case 'not-newer':
      return outcome.isSame
        ? `This is the export already open for ${client.name}. Nothing was changed.`
        : `This export is older than the one already open for ${client.name} (exported on ${exportDay(client.exportedAt)}). Nothing was changed.`;
  }
}

function describeProgress(state: OpenStep): string {
  if (state.step !== 'writing') return 'Reading the file…';
  return state.progress === 'writing'
    ? `Writing ${reflectionsWord(state.file.reflections.length)}…`
    : state.progress === 'saving'
      ? 'Adding the client to your list…'
      : 'Checking the file…';
}

/** "Open client journal": a client's export, plain or encrypted, read and checked as "Import file" does. */
export function OpenClientJournal() {
  const { clients } = useCoach();
  const nameId = useId();
  const [state, setState] = useState<OpenStep>({ step: 'idle' });
  const [name, setName] = useState('');
  const nameRef = useRef<HTMLInputElement>(null);
  const file = useReadJournalFile({
    read: (bytes, fileName, passphrase) =>
      readImportFile(bytes, fileName, passphrase === undefined ? {} : { passphrase }),
    async onRead(reading): Promise<void> {
      if (reading.kind !== 'journal') throw new ImportFileError(NOT_A_JOURNAL);
      const known = await clients.findByJournalId(reading.export.journalId);
      // A journal already here keeps its name: the newer export only updates it.
      if (known !== undefined) return await write(reading.export, known.name);
      setState({ step: 'naming', file: reading.export });
    },
    onReset: () => setState({ step: 'idle' }),
    cancelledMessage: 'Cancelled: nothing was changed.',
  });

  useEffect(() => {
    if (state.step === 'naming') nameRef.current?.focus();
  }, [state.step]);

  async function write(journal: JournalExport, clientName: string) {
    file.setFailure(null);
    setState({ step: 'writing', file: journal, progress: 'checking' });
    try {
      const outcome = await clients.openExport(
        journal,
        clientName,
        (progress) => setState({ step: 'writing', file: journal, progress }),
        (count, total) =>
          setState({ step: 'writing', file: journal, progress: 'writing', written: { count, total } }),
      );
      setState({ step: 'idle' });
      setName('');
      file.setDone(describeOutcome(outcome));
      performance.mark(EXPORT_OPENED_MARK);
    } catch (error) {
      setState({ step: 'naming', file: journal });
      file.setFailure(
        `The client's journal could not be opened, and nothing was changed: ${errorText(error)}`,
      );
    }
  }

  const isBusy = file.isReading || state.step === 'writing';
  return (
    <div className="coach-open">
      <label className="button button-primary data-file-button">
        Open client journal
        <input
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          disabled={isBusy}
          onChange={(event) => void file.chooseFile(event)}
        />
      </label>

      {file.step.step === 'passphrase' ? (
        <PassphrasePrompt
          fileName={file.step.fileName}
          onUnlock={(passphrase) => void file.unlock(passphrase)}
          onCancel={file.cancel}
        />
      ) : null}

      {state.step === 'naming' ? (
        <form
          className="coach-name-form"
          onSubmit={(event) => {
            event.preventDefault();
            void write(state.file, name);
          }}
        >
          <p>
            A journal with {reflectionsWord(state.file.reflections.length)}, exported on{' '}
            {exportDay(state.file.exportedAt)}. Who is it from? The name stays on this computer.
          </p>
          <div className="field">
            <label htmlFor={nameId}>Client's name</label>
            <input
              ref={nameRef}
              id={nameId}
              type="text"
              autoComplete="off"
              value={name}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary">
              Add client
            </button>
            <button type="button" className="button" onClick={file.cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {isBusy ? (
        <progress
          className="coach-progress"
          aria-label="Opening the client's journal"
          // How far the write has come once it has begun; until then the bar only says it is busy.
          {...(state.step === 'writing' && state.written !== undefined
            ? { value: state.written.count, max: Math.max(1, state.written.total) }
            : {})}
        />
      ) : null}
      <ActionStatus status={isBusy ? describeProgress(state) : file.done} failure={file.failure} />
    </div>
  );
}
