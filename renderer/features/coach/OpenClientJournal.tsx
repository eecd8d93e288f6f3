import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import type { JournalExport } from '../../../shared/data/exportFormat';
import { ImportFileError } from '../../../shared/data/importErrors';
import { importFileSizeProblem, readImportFile } from '../../../shared/data/readImportFile';
import { formatCount } from '../../app/formatCount';
import type { OpenExportOutcome, OpenExportStep } from '../../db/coach/coachClientRepository';
import { ActionStatus } from '../data/ActionStatus';
import { errorMessage } from '../data/useJournalData';
import { formatInstantDay, viewerTimeZone } from '../journal/formatJournalDate';
import { useCoach } from './coachServices';

type OpenStep =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'passphrase'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly step: 'naming'; readonly file: JournalExport }
  | { readonly step: 'writing'; readonly file: JournalExport; readonly progress: OpenExportStep };

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
  switch (state.step) {
    case 'reading':
      return 'Reading the file…';
    case 'writing':
      return state.progress === 'writing'
        ? `Writing ${reflectionsWord(state.file.reflections.length)}…`
        : state.progress === 'saving'
          ? 'Adding the client to your list…'
          : 'Checking the file…';
    default:
      return '';
  }
}

/** "Open client journal": a client's export, plain or encrypted, read and checked as "Import file" does. */
export function OpenClientJournal() {
  const { clients } = useCoach();
  const passphraseId = useId();
  const nameId = useId();
  const [state, setState] = useState<OpenStep>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const focusRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.step === 'passphrase' || state.step === 'naming') focusRef.current?.focus();
  }, [state.step]);

  async function write(file: JournalExport, clientName: string) {
    setFailure(null);
    setState({ step: 'writing', file, progress: 'checking' });
    try {
      const outcome = await clients.openExport(file, clientName, (progress) =>
        setState({ step: 'writing', file, progress }),
      );
      setState({ step: 'idle' });
      setName('');
      setDone(describeOutcome(outcome));
    } catch (error) {
      setState({ step: 'naming', file });
      setFailure(`The client's journal could not be opened, and nothing was changed: ${errorMessage(error)}`);
    }
  }

  async function read(bytes: Uint8Array, fileName: string, withPassphrase: string | undefined) {
    try {
      const reading = await readImportFile(
        bytes,
        fileName,
        withPassphrase === undefined ? {} : { passphrase: withPassphrase },
      );
      if (reading.kind === 'needs-passphrase') return setState({ step: 'passphrase', fileName, bytes });
      if (reading.kind !== 'journal') {
        setState({ step: 'idle' });
        return setFailure(NOT_A_JOURNAL);
      }
      setPassphrase('');
      const known = await clients.findByJournalId(reading.export.journalId);
      // A journal already here keeps its name: the newer export only updates it.
      if (known !== undefined) return await write(reading.export, known.name);
      setState({ step: 'naming', file: reading.export });
    } catch (error) {
      setFailure(
        error instanceof ImportFileError ? error.message : `Reading the file failed: ${errorMessage(error)}`,
      );
      // A wrong passphrase can be typed again; any other problem ends this file.
      setState((current) =>
        withPassphrase !== undefined && current.step === 'passphrase' ? current : { step: 'idle' },
      );
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    // Cleared so that choosing the same file again is noticed.
    event.target.value = '';
    if (chosen === undefined) return;
    setDone('');
    setFailure(null);
    setPassphrase('');
    const tooLarge = importFileSizeProblem(chosen.size);
    if (tooLarge !== null) return setFailure(tooLarge);
    setState({ step: 'reading' });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await chosen.arrayBuffer());
    } catch (error) {
      setState({ step: 'idle' });
      return setFailure(`${chosen.name} could not be read: ${errorMessage(error)}`);
    }
    await read(bytes, chosen.name, undefined);
  }

  function cancel() {
    setState({ step: 'idle' });
    setPassphrase('');
    setFailure(null);
    setDone('Cancelled: nothing was changed.');
  }

  const isBusy = state.step === 'reading' || state.step === 'writing';
  return (
    <div className="coach-open">
      <label className="button button-primary data-file-button">
        Open client journal
        <input
          type="file"
          className="visually-hidden"
          accept=".json,application/json"
          disabled={isBusy}
          onChange={(event) => void chooseFile(event)}
        />
      </label>

      {state.step === 'passphrase' ? (
        <form
          className="data-passphrase"
          onSubmit={(event) => {
            event.preventDefault();
            setFailure(null);
            void read(state.bytes, state.fileName, passphrase);
          }}
        >
          <p>{state.fileName} is encrypted. Type the passphrase it was exported with.</p>
          <div className="field">
            <label htmlFor={passphraseId}>Passphrase</label>
            <input
              ref={focusRef}
              id={passphraseId}
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <div className="button-row">
            <button type="submit" className="button button-primary">
              Unlock
            </button>
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
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
              ref={focusRef}
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
            <button type="button" className="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}

      {isBusy ? <progress className="coach-progress" aria-label="Opening the client's journal" /> : null}
      <ActionStatus status={isBusy ? describeProgress(state) : done} failure={failure} />
    </div>
  );
}
