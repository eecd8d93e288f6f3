import { useId, useState } from 'react';
import { isEmptyImportPlan } from '../../../shared/data/planImport';
import { formatCount } from '../../app/formatCount';
import type { JournalDataRepository } from '../../db/repositories/journalDataRepository';
import { usePlatform } from '../../platform/PlatformContext';
import { FeedbackImportPreview } from '../coachFeedback/FeedbackImportPreview';
import { ActionStatus } from './ActionStatus';
import { ImportPreview } from './ImportPreview';
import { PassphrasePrompt } from './PassphrasePrompt';
import { prepareImport } from './dataWorkerClient';
import { measureStep } from './measureStep';
import type { PreparedImport } from './importFlow';
import { runBeforeImport } from './importFlow';
import { errorText } from '../../../shared/app/errorText';
import { useReadJournalFile } from './useReadJournalFile';
import type { FeedbackFile } from '../../../shared/coach/feedbackFile';
import type { ImportedRecords } from '../../../shared/data/withImported';
import type { Reminder } from '../../../shared/reminders/reminderSchema';

type ImportStep =
  | { readonly step: 'idle' }
  | { readonly step: 'preview'; readonly prepared: PreparedImport }
  | { readonly step: 'feedback'; readonly fileName: string; readonly feedback: FeedbackFile }
  | { readonly step: 'importing'; readonly prepared: PreparedImport };

interface ImportSectionProps {
  readonly data: JournalDataRepository;
  /** The journal changed: the export count and lists take in what was written. */
  readonly onImported: (written: ImportedRecords) => void;
}

const reflectionsWord = (count: number) =>
  `${formatCount(count)} ${count === 1 ? 'reflection' : 'reflections'}`;

export function ImportSection({ data, onImported }: ImportSectionProps) {
  const platform = usePlatform();
  const headingId = useId();
  const [state, setState] = useState<ImportStep>({ step: 'idle' });

  /** The journal's records, and the follow-ups held by the reminders, as the plan compares them. */
  async function existing() {
    const [index, reminders] = await Promise.all([data.existingIndex(), platform.reminders.list()]);
    return { ...index, reminderIds: new Set(reminders.map((view) => view.reminder.id)) };
  }

  const file = useReadJournalFile({
    // The file goes to the data worker as chosen: the page never copies its bytes across.
    readFile: async (chosen, fileName, passphrase) =>
      measureStep('import-prepare', async () =>
        prepareImport(chosen, fileName, passphrase, await measureStep('import-existing', existing)),
      ),
    onRead(result, fileName) {
      if (result.kind === 'feedback') setState({ step: 'feedback', fileName, feedback: result.feedback });
      else setState({ step: 'preview', prepared: result });
    },
    onReset: () => setState({ step: 'idle' }),
    cancelledMessage: 'Import cancelled: nothing was changed.',
  });
  const { setDone, setFailure } = file;

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
        `Nothing was imported: a backup of your journal could not be made first (${errorText(error)}).`,
      );
    }
    try {
      // The plan came from prepareImport, which checked its reflections as a save would.
      await measureStep('import-write', () => data.applyImport(plan, { reflectionsChecked: true }));
    } catch (error) {
      setState({ step: 'preview', prepared });
      return setFailure(`The import failed and your journal was left as it was: ${errorText(error)}`);
    }
    const count = plan.reflections.new.length + plan.reflections.updated.length;
    // Follow-ups live with the reminders, outside the journal: added once the journal has the reflections.
    const refused: string[] = [];
    const added: Reminder[] = [];
    for (const reminder of plan.reminders.new) {
      await platform.reminders.upsert(reminder).then(
        () => added.push(reminder),
        (error: unknown) => refused.push(`${reminder.title}: ${errorText(error)}`),
      );
    }
    setState({ step: 'idle' });
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
    onImported({
      reflections: [...plan.reflections.new, ...plan.reflections.updated],
      people: [...plan.people.new, ...plan.people.updated],
      preparations: [...plan.preparations.new, ...plan.preparations.updated],
      principleSettings: plan.principleSettings.new,
      reminders: added,
    });
  }

  const isBusy = file.isReading || state.step === 'importing';
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
          onCancel={file.cancel}
        />
      ) : null}

      {state.step === 'preview' || state.step === 'importing' ? (
        <ImportPreview
          prepared={state.prepared}
          isImporting={state.step === 'importing'}
          onImport={() => void confirm()}
          onCancel={file.cancel}
        />
      ) : null}

      <ActionStatus
        status={file.isReading ? 'Reading the file…' : state.step === 'importing' ? 'Importing…' : file.done}
        failure={file.failure}
      />
    </section>
  );
}
