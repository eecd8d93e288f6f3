import { useEffect, useId, useRef } from 'react';
import { formatCount } from '../../app/formatCount';
import { describePlan, describePreparationPlan, type PreparedImport } from './importFlow';

interface ImportPreviewProps {
  readonly prepared: PreparedImport;
  readonly isImporting: boolean;
  readonly onImport: () => void;
  readonly onCancel: () => void;
}

/** What the import would do, shown before anything is written; focus moves here when it appears. */
export function ImportPreview({ prepared, isImporting, onImport, onCancel }: ImportPreviewProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { plan, skippedReasons, attachmentsNotImported, notices } = prepared;
  const attachmentCount = attachmentsNotImported.reduce((sum, { count }) => sum + count, 0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section className="data-preview" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Before importing {prepared.fileName}
      </h3>
      <p className="data-count">Reflections: {describePlan(prepared)}</p>
      {plan.preparations.new.length + plan.preparations.updated.length + plan.preparations.unchanged > 0 ||
      plan.preparations.skipped.length > 0 ? (
        <p>Preparations: {describePreparationPlan(prepared)}</p>
      ) : null}
      <p>
        People: {formatCount(plan.people.new.length)} new, {formatCount(plan.people.updated.length)} updated,{' '}
        {formatCount(plan.people.matchedByName.length)} matched by name to people already in your journal.
      </p>
      {plan.principleSettings.new.length > 0 ? (
        <p>
          Principles: {formatCount(plan.principleSettings.new.length)} of your own principles or changes to
          add.
        </p>
      ) : null}
      {plan.reminders.new.length > 0 ? (
        <p>Follow-up reminders: {formatCount(plan.reminders.new.length)} to add.</p>
      ) : null}
      {skippedReasons.length > 0 ? (
        <>
          <h4>Skipped, and why</h4>
          <ul>
            {skippedReasons.map((reason, index) => (
              <li key={index}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {attachmentsNotImported.length > 0 ? (
        <>
          <h4>Attachments not imported</h4>
          <p>
            {formatCount(attachmentCount)} photos or other attachments stay in Day One; the journal keeps text
            only. They belonged to these entries:
          </p>
          <ul>
            {attachmentsNotImported.map(({ dayOneUuid, count }) => (
              <li key={dayOneUuid}>
                Day One entry {dayOneUuid}: {formatCount(count)} {count === 1 ? 'attachment' : 'attachments'}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {notices.length > 0 ? (
        <ul>
          {notices.map((notice, index) => (
            <li key={index}>{notice}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          aria-disabled={isImporting}
          onClick={() => !isImporting && onImport()}
        >
          Import
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={isImporting}
          onClick={() => !isImporting && onCancel()}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}
