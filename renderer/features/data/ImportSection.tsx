import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { ImportFileError } from '../../../shared/data/importErrors';
import { isEmptyImportPlan } from '../../../shared/data/planImport';
import { importFileSizeProblem } from '../../../shared/data/readImportFile';
import { formatCount } from '../../app/formatCount';
import type { JournalDataRepository } from '../../db/repositories/journalDataRepository';
import { usePlatform } from '../../platform/PlatformContext';
import { FeedbackImportPreview } from '../coachFeedback/FeedbackImportPreview';
import { ActionStatus } from './ActionStatus';
import { ImportPreview } from './ImportPreview';
import { prepareImport } from './dataWorkerClient';
import type { PreparedImport } from './importFlow';
import { runBeforeImport } from './importFlow';
import { errorMessage } from './useJournalData';
import type { FeedbackFile } from '../../../shared/coach/feedbackFile';

type ImportStep =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'passphrase'; readonly fileName: string; readonly bytes: Uint8Array }
  | { readonly step: 'preview'; readonly prepared: PreparedImport }
  | { readonly step: 'feedback'; readonly fileName: string; readonly feedback: FeedbackFile }
  | { readonly step: 'importing'; readonly prepared: PreparedImport };

interface ImportSectionProps {
  readonly data: JournalDataRepository;
  /** The journal changed: the export count and lists read it again. */
  readonly onImported: () => void;
}

/** A file's own message when it is the file that is wrong; otherwise what failed and why. */
function describeFailure(error: unknown, doing: string): string {
  return error instanceof ImportFileError ? error.message : `${doing} failed: ${errorMessage(error)}`;
}

const reflectionsWord = (count: number) =>
  `${formatCount(count)} ${count === 1 ? 'reflection' : 'reflections'}`;

export function ImportSection({ data, onImported }: ImportSectionProps) {
  const platform = usePlatform();
  const headingId = useId();
  const passphraseId = useId();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });
  const [passphrase, setPassphrase] = useState('');
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.step === 'passphrase') passphraseRef.current?.focus();
  }, [state.step]);

  /** The journal's records, and the follow-ups held by the reminders, as the plan compares them. */
  async function existing() {
    const [index, reminders] = await Promise.all([data.existingIndex(), platform.reminders.list()]);
    return { ...index, reminderIds: new Set(reminders.map((view) => view.reminder.id)) };
  }

  async function prepare(bytes: Uint8Array, fileName: string, withPassphrase: string | undefined) {
    try {
      const result = await prepareImport(bytes, fileName, withPassphrase, await existing());
      if (result.kind === 'needs-passphrase') setState({ step: 'passphrase', fileName, bytes });
      else if (result.kind === 'feedback')
        setState({ step: 'feedback', fileName, feedback: result.feedback });
      else setState({ step: 'preview', prepared: result });
    } catch (error) {
      setFailure(describeFailure(error, 'Reading the file'));
      // A wrong passphrase can be typed again; any other problem ends this file's import.
      setState((current) => (withPassphrase !== undefined ? current : { step: 'idle' }));
    }
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after fixing it, is noticed.
    event.target.value = '';
    if (file === undefined) return;
    setDone('');
    setFailure(null);
    setPassphrase('');
    const tooLarge = importFileSizeProblem(file.size);
    if (tooLarge !== null) return setFailure(tooLarge);
    setState({ step: 'reading' });
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      setState({ step: 'idle' });
      return setFailure(`${file.name} could not be read: ${errorMessage(error)}`);
    }
    await prepare(bytes, file.name, undefined);
  }

  async function unlock() {
    if (state.step !== 'passphrase') return;
    setFailure(null);
    await prepare(state.bytes, state.fileName, passphrase);
  }

  async function confirm() {
    if (state.step !== 'preview') return;
    const { prepared } = state;
    setState({ step: 'importing', prepared });
    setFailure(null);
    const { plan } = prepared;
    try {
      await runBeforeImport();
    } catch (error) {
      setState({ step: 'preview', prepared });
      return setFailure(
        `Nothing was imported: a backup of your journal could not be made first (${errorMessage(error)}).`,
      );
    }
    try {
      await data.applyImport(plan);
    } catch (error) {
      setState({ step: 'preview', prepared });
      return setFailure(`The import failed and your journal was left as it was: ${errorMessage(error)}`);
    }
    const count = plan.reflections.new.length + plan.reflections.updated.length;
    // Follow-ups live with the reminders, outside the journal: added once the journal has the reflections.
    const refused: string[] = [];
    for (const reminder of plan.reminders.new) {
      await platform.reminders.upsert(reminder).catch((error: unknown) => {
        refused.push(`${reminder.title}: ${errorMessage(error)}`);
      });
    }
    setState({ step: 'idle' });
    setPassphrase('');
    setDone(
      isEmptyImportPlan(plan)
        ? 'Imported 0 reflections: everything in this file is already in your journal.'
        : `Imported ${reflectionsWord(count)}.`,
    );
    if (refused.length > 0) {
      setFailure(
        `The reflections were imported, but ${formatCount(refused.length)} follow-up reminders could not be added. ${refused.join('; ')}`,
      );
    }
    onImported();
  }

  function cancel() {
    setState({ step: 'idle' });
    setPassphrase('');
    setFailure(null);
    setDone('Import cancelled: nothing was changed.');
  }

  const isBusy = state.step === 'reading' || state.step === 'importing';
  return (
    <section className="card data-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Import</h2>
      <p className="field-hint">
        Bring in a JSON file from Influence Journal (an export, encrypted or not, or an automatic backup), a
        coach’s feedback file, or a Day One export (its JSON file or its zip). You see what would change
        before anything is written.
      </p>
      <label className="button button-primary data-file-button">
        Import file
        <input
          type="file"
          className="visually-hidden"
          accept=".json,.zip,application/json,application/zip"
          disabled={isBusy}
          onChange={(event) => void chooseFile(event)}
        />
      </label>

      {state.step === 'passphrase' ? (
        <form
          className="data-passphrase"
          onSubmit={(event) => {
            event.preventDefault();
            void unlock();
          }}
        >
          <p>{state.fileName} is encrypted. Type the passphrase it was exported with.</p>
          <div className="field">
            <label htmlFor={passphraseId}>Passphrase</label>
            <input
              ref={passphraseRef}
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

      {state.step === 'feedback' ? (
        <FeedbackImportPreview
          fileName={state.fileName}
          feedback={state.feedback}
          onAttached={(message) => {
            setState({ step: 'idle' });
            setDone(message);
          }}
          onFailed={(message) => {
            setState({ step: 'idle' });
            setFailure(message);
          }}
          onCancel={cancel}
        />
      ) : null}

      {state.step === 'preview' || state.step === 'importing' ? (
        <ImportPreview
          prepared={state.prepared}
          isImporting={state.step === 'importing'}
          onImport={() => void confirm()}
          onCancel={cancel}
        />
      ) : null}

      <ActionStatus
        status={
          state.step === 'reading' ? 'Reading the file…' : state.step === 'importing' ? 'Importing…' : done
        }
        failure={failure}
      />
    </section>
  );
}
