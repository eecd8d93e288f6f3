import { useLayoutEffect, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { preparationFieldLabels } from '../../../shared/domain/preparationLabels';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { PreparationValidationError } from '../../db/repositories/preparationRepository';
import { usePlatform } from '../../platform/PlatformContext';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { ErrorSummary } from '../reflect/ErrorSummary';
import { focusElement } from '../reflect/focusElement';
import { SaveStatus } from '../reflect/SaveStatus';
import { syncAfterConversationReminder } from './afterConversationReminderSync';
import { PreparationConflictNotice } from './PreparationConflictNotice';
import { errorsOf, preparationFieldId } from './preparationErrors';
import { PreparationForm } from './PreparationForm';
import type { PreparationNotice } from './preparationNotice';
import { usePreparationEditor } from './usePreparationEditor';
import '../reflect/reflect.css';
import './prepare.css';
import { errorText } from '../../../shared/app/errorText';

function whereOf(path: string): string {
  const key = path.split('.')[0] as keyof typeof preparationFieldLabels;
  return preparationFieldLabels[key] ?? 'The form';
}

/**
 * Writing a preparation, new or stored, autosaved as it is typed. A new one puts its id in the
 * address with the first keystroke (`?draft=…`), so a reload at any moment reopens the same plan.
 */
export function PreparationEditorView({
  initial,
  isInJournal,
}: {
  initial: Preparation;
  isInJournal: boolean;
}) {
  const principles = usePrinciples();
  const editor = usePreparationEditor(initial, isInJournal);
  const { preparation, errors } = editor;
  const { people } = useJournal();
  const platform = usePlatform();
  const { report } = useStorageStatus();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const summaryRef = useRef<HTMLElement>(null);
  const focusSummary = useRef(false);
  const isNew = params.has('draft') || !isInJournal;

  const hasEdits = preparation !== initial;
  const draftParam = params.get('draft');
  useLayoutEffect(() => {
    if (isNew && hasEdits && draftParam !== preparation.id)
      void setParams({ draft: preparation.id }, { replace: true });
  }, [isNew, hasEdits, draftParam, preparation.id, setParams]);

  useLayoutEffect(() => {
    if (!focusSummary.current) return;
    focusSummary.current = false;
    summaryRef.current?.focus();
  }, [errors]);

  async function save() {
    setSaveProblem(null);
    let ready: Preparation | null;
    try {
      ready = await editor.markReady();
    } catch (error) {
      if (error instanceof PreparationValidationError) {
        focusSummary.current = true;
        editor.showErrors(errorsOf(error));
      } else {
        setSaveProblem(report(error).message);
      }
      return;
    }
    if (ready === null) return;
    let message = 'Preparation saved.';
    try {
      const names = await people.byIds(ready.personIds);
      const personNames = ready.personIds.flatMap((id) => names.get(id)?.name ?? []);
      const result = await syncAfterConversationReminder(platform.reminders, ready, personNames, new Date());
      if (result === 'set') message = 'Preparation saved. You will be reminded to reflect after it.';
    } catch (error) {
      // The plan is safe; only the reminder failed, and the person is told so.
      message = `Preparation saved. The reminder could not be set: ${errorText(error)}`;
    }
    void navigate(`/preparations/${ready.id}`, {
      state: { preparationMessage: message } satisfies PreparationNotice,
    });
  }

  if (!principles.isReady) return <p className="muted">Opening your principles…</p>;
  const problems = Object.entries(errors).map(([path, message]) => ({ path, message, where: whereOf(path) }));
  return (
    <div className="reflect-flow prepare-flow">
      <div className="reflect-toolbar">
        <SaveStatus
          status={editor.autosave.status}
          cutField={null}
          onRetry={() => void editor.autosave.flush()}
        />
      </div>
      {editor.conflict === null ? null : (
        <PreparationConflictNotice
          conflict={editor.conflict}
          onKeepMine={editor.keepMine}
          onTakeStored={editor.takeStored}
        />
      )}
      {editor.reminderProblem === null ? null : (
        <p className="field-error" role="alert">
          {editor.reminderProblem}
        </p>
      )}
      {saveProblem === null ? null : (
        <p className="field-error" role="alert">
          {saveProblem}
        </p>
      )}
      <ErrorSummary
        items={problems}
        summaryRef={summaryRef}
        onSelect={(path) => focusElement(preparationFieldId(path))}
      />
      <PreparationForm
        preparation={preparation}
        errors={errors}
        principles={principles.all}
        onChange={editor.change}
      />
      <div className="reflect-footer">
        <button type="button" className="button button-primary" onClick={() => void save()}>
          Save preparation
        </button>
      </div>
    </div>
  );
}
