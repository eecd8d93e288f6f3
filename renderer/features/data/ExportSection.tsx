import { useId, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { JournalSnapshot } from '../../../shared/data/journalSnapshot';
import { countForExport } from '../../../shared/data/selectForExport';
import { deviceTimeZone } from '../../../shared/domain/localDateTime';
import { formatCount } from '../../app/formatCount';
import { usePlatform } from '../../platform/PlatformContext';
import { DateInput } from '../../ui/DateField';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { ChoiceGroup } from './ChoiceGroup';
import {
  initialExportChoices,
  journalTags,
  MIN_PASSPHRASE_LENGTH,
  passphraseProblem,
  toExportOptions,
  type ExportChoices,
} from './exportChoices';
import { measureStep } from './measureStep';
import type { ExportKind } from './exportFiles';
import type { ExportJournal } from './useJournalData';
import { ActionStatus } from './ActionStatus';
import { PassphraseFields } from './PassphraseFields';
import { reportPath } from './reportRoute';
import { errorText } from '../../../shared/app/errorText';

interface ExportSectionProps {
  readonly snapshot: JournalSnapshot;
  /** Reads the journal afresh at the moment of each export and builds the file from it. */
  readonly exportJournal: ExportJournal;
  readonly journalId: () => Promise<string>;
}

const reflectionsWord = (count: number) =>
  `${formatCount(count)} ${count === 1 ? 'reflection' : 'reflections'}`;

const kindNames: Record<ExportKind, string> = { json: 'JSON', csv: 'CSV', markdown: 'Markdown' };

export function ExportSection({ snapshot, exportJournal, journalId }: ExportSectionProps) {
  const platform = usePlatform();
  const principles = usePrinciples();
  const navigate = useNavigate();
  const [choices, setChoices] = useState<ExportChoices>(initialExportChoices);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [showPassphraseProblem, setShowPassphraseProblem] = useState(false);
  const headingId = useId();
  const privateHintId = useId();
  const fromErrorId = useId();

  const update = (change: Partial<ExportChoices>) => setChoices((current) => ({ ...current, ...change }));
  const options = useMemo(() => toExportOptions(choices), [choices]);
  const count = useMemo(
    () => (options.ok ? countForExport(snapshot.reflections, options.options) : null),
    [snapshot.reflections, options],
  );
  const people = useMemo(
    () =>
      [...snapshot.people]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(({ id, name }) => ({ id, label: name })),
    [snapshot.people],
  );
  const tags = useMemo(() => journalTags(snapshot).map((tag) => ({ id: tag, label: tag })), [snapshot]);
  const principleItems = principles.all.map(({ id, title }) => ({ id, label: title }));
  const passphraseIssue = passphraseProblem(choices);

  async function exportAs(kind: ExportKind) {
    if (busy !== null) return;
    setDone('');
    setFailure(null);
    if (!options.ok) return setFailure(options.message);
    if (kind === 'json' && passphraseIssue !== null) {
      setShowPassphraseProblem(true);
      return setFailure(passphraseIssue);
    }
    setBusy(kind);
    try {
      const [id, info] = await Promise.all([journalId(), platform.getAppInfo()]);
      const startedAt = performance.now();
      const file = await exportJournal(kind, options.options, {
        appVersion: info.version,
        journalId: id,
        now: new Date(),
        timeZone: deviceTimeZone(),
        passphrase: kind === 'json' && choices.encrypt ? choices.passphrase : null,
        markdownLayout: choices.markdownLayout,
      });
      // Reading and building overlap: each is the time it took of the whole.
      performance.measure('data:export-read', { start: startedAt, duration: file.readMs });
      performance.measure('data:export-build', { start: startedAt, duration: file.buildMs });
      performance.measure('data:export-worker', { start: startedAt, end: performance.now() });
      // A large JSON export is shared with a second worker (exportShares.ts): how long the data
      // worker waited for it, and the time lost when a write forced the export to be made again.
      if (file.sharesWaitMs !== undefined)
        performance.measure('data:export-shares-wait', { start: startedAt, duration: file.sharesWaitMs });
      if (file.againMs)
        performance.measure('data:export-again', { start: startedAt, duration: file.againMs });
      const { suggestedName, mimeType, data } = file;
      const result = await measureStep('export-save', () =>
        platform.files.save({ suggestedName, mimeType, data }),
      );
      const what = reflectionsWord(file.reflectionCount);
      if (!result.saved) setDone('Export cancelled: nothing was saved.');
      else if (platform.kind === 'browser') setDone(`Downloaded ${what} as ${suggestedName}.`);
      else setDone(`Saved ${what} to ${result.path ?? suggestedName}.`);
    } catch (error) {
      setFailure(`The ${kindNames[kind]} export failed: ${errorText(error)}`);
    } finally {
      setBusy(null);
    }
  }

  function openReport() {
    setDone('');
    setFailure(null);
    if (!options.ok) return setFailure(options.message);
    void navigate(reportPath(options.options));
  }

  return (
    <section className="card data-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Export</h2>
      <p className="field-hint">
        Choose what goes into the file. Exports are how a coach reads your journal, and a JSON export is also
        a full backup you can import again.
      </p>
      <form
        className="data-export-form"
        onSubmit={(event) => {
          event.preventDefault();
          void exportAs('json');
        }}
      >
        <fieldset>
          <legend>Period</legend>
          <div className="data-dates">
            <div className="field">
              <label htmlFor={`${headingId}-from`}>From</label>
              <DateInput
                id={`${headingId}-from`}
                label="From"
                value={choices.from}
                onChange={(from) => update({ from })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${headingId}-to`}>To</label>
              <DateInput
                id={`${headingId}-to`}
                label="To"
                value={choices.to}
                invalid={!options.ok && options.field === 'to'}
                describedBy={!options.ok && options.field === 'to' ? fromErrorId : undefined}
                onChange={(to) => update({ to })}
              />
            </div>
          </div>
          {!options.ok && options.field !== 'other' ? (
            <p id={fromErrorId} className="field-error">
              {options.message}
            </p>
          ) : null}
          <p className="field-hint">Leave both empty for the whole journal.</p>
        </fieldset>

        <ChoiceGroup
          legend="People"
          items={people}
          chosen={choices.personIds}
          onChange={(personIds) => update({ personIds })}
          emptyText="Nobody is in the journal yet."
        />
        <ChoiceGroup
          legend="Principles"
          items={principleItems}
          chosen={choices.principleIds}
          onChange={(principleIds) => update({ principleIds })}
          emptyText="There are no principles."
        />
        <ChoiceGroup
          legend="Tags"
          items={tags}
          chosen={choices.tags}
          onChange={(chosenTags) => update({ tags: chosenTags })}
          emptyText="No reflection has a tag yet."
        />

        <div className="field">
          <label className="data-check">
            <input
              type="checkbox"
              checked={choices.includePrivate}
              aria-describedby={privateHintId}
              onChange={(event) => update({ includePrivate: event.target.checked })}
            />
            Include private reflections
          </label>
          <p id={privateHintId} className="field-hint">
            Private reflections are the ones you marked as only for you. They stay out of exports unless you
            tick this.
          </p>
        </div>

        <fieldset>
          <legend>Names</legend>
          <div className="choice-row">
            {(
              [
                ['real', 'Real names'],
                ['initials', 'Replace names with initials'],
                ['labels', 'Replace names with labels'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${headingId}-names`}
                  value={value}
                  checked={choices.names === value}
                  onChange={() => update({ names: value })}
                />
                {label}
              </label>
            ))}
          </div>
          <p className="field-hint">
            Initials turn Tom Baker into T.B.; labels into Person A. Names are replaced everywhere, also where
            you typed them in your answers.
          </p>
        </fieldset>

        <fieldset>
          <legend>JSON file</legend>
          <label className="data-check">
            <input
              type="checkbox"
              checked={choices.encrypt}
              onChange={(event) => update({ encrypt: event.target.checked })}
            />
            Encrypt with a passphrase
          </label>
          <p className="field-hint">
            For JSON exports only. Anyone with the file and the passphrase can read it; without the passphrase
            nobody can, including you. At least {MIN_PASSPHRASE_LENGTH} characters.
          </p>
          {choices.encrypt ? (
            <PassphraseFields
              passphrase={choices.passphrase}
              confirmPassphrase={choices.confirmPassphrase}
              problem={showPassphraseProblem ? passphraseIssue : null}
              onChange={(change) => update(change)}
            />
          ) : null}
        </fieldset>

        <fieldset>
          <legend>Markdown file</legend>
          <div className="choice-row">
            {(
              [
                ['document', 'One document'],
                ['zip', 'One file per reflection (zip)'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${headingId}-markdown`}
                  value={value}
                  checked={choices.markdownLayout === value}
                  onChange={() => update({ markdownLayout: value })}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>

        <p className="data-count" aria-live="polite">
          {count === null
            ? 'Fix the period to see how many reflections it includes.'
            : `This export includes ${reflectionsWord(count)}.`}
        </p>

        <div className="button-row">
          <button type="submit" className="button button-primary" aria-disabled={busy !== null}>
            Export JSON
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy !== null}
            onClick={() => void exportAs('markdown')}
          >
            Export Markdown
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy !== null}
            onClick={() => void exportAs('csv')}
          >
            Export CSV
          </button>
          <button type="button" className="button" aria-disabled={busy !== null} onClick={openReport}>
            Export PDF report
          </button>
        </div>
      </form>
      <ActionStatus status={busy !== null ? `Making the ${kindNames[busy]} file…` : done} failure={failure} />
    </section>
  );
}
