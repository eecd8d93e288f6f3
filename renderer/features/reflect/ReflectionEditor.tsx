import { useCallback, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { usePlatform } from '../../platform/PlatformContext';
import { usePrinciples, type Principles } from '../principles/PrinciplesProvider';
import { finishAfterConversationReminder } from '../prepare/afterConversationReminderSync';
import { FollowUpReminderContext, syncFollowUpReminder } from './followUpReminderChoice';
import { ReflectionValidationError } from '../../db/repositories/reflectionRepository';
import { ConflictNotice } from './ConflictNotice';
import { ErrorSummary } from './ErrorSummary';
import { focusElement, STEP_HEADING_ID } from './focusElement';
import { GuidedFlow } from './GuidedFlow';
import { forgetDraftStep } from './draftStep';
import { EditCopyActions } from './EditCopyActions';
import { LeaveWhileUnsavedDialog, unsavedEditWords } from './LeaveWhileUnsavedDialog';
import { QuickNoteForm } from './QuickNoteForm';
import {
  buildSteps,
  errorsByField,
  fieldIdFor,
  flowReducer,
  initialFlowState,
  stepIndexForPath,
  stepIndexFromParam,
} from './reflectionFlowState';
import { overLimitErrors } from './overLimitErrors';
import { pendingTagProblem } from './TagInput';
import { fitTextsToLimit, formatWrittenTexts, writtenTexts } from './reflectionTexts';
import type { SavedNotice } from './savedNotice';
import { SaveStatus } from './SaveStatus';
import { useDraftAddress, withParam } from './useDraftAddress';
import { useDraftSaving } from './useDraftSaving';
import { useEditCopyChanges } from './useEditCopyChanges';
import { useLeaveGuard } from './useLeaveGuard';
import './reflect.css';
import { errorText } from '../../../shared/app/errorText';

interface ReflectionEditorProps {
  initial: Reflection;
  isInJournal: boolean;
  /** A new reflection puts its id in the address once it is in the journal, and offers the quick note. */
  isNew: boolean;
}

/**
 * Writing a reflection, new or stored: the guided steps or the quick note, autosaved as it
 * is typed. The current step lives in the address (`?step=N`) and, for a new reflection,
 * so does its id once it has content (`?draft=…`), so a reload reopens the same place.
 */
export function ReflectionEditor(props: ReflectionEditorProps) {
  const principles = usePrinciples();
  // The steps depend on the person's principles: waiting for them keeps `?step=N` on the same step.
  if (!principles.isReady) return <p className="muted">Opening your principles…</p>;
  return <Editor {...props} principles={principles} />;
}

function Editor({
  initial,
  isInJournal,
  isNew,
  principles,
}: ReflectionEditorProps & { principles: Principles }) {
  const platform = usePlatform();
  const [remindFollowUp, setRemindFollowUp] = useState(true);
  const followUpChoice = useMemo(
    () => ({ remind: remindFollowUp, setRemind: setRemindFollowUp }),
    [remindFollowUp],
  );
  const { report } = useStorageStatus();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  // A hidden principle gets no step, unless this reflection already has answers for it.
  const steps = useMemo(
    () =>
      buildSteps(
        principles.all.filter(({ id, isHidden }) => !isHidden || initial.principles[id] !== undefined),
      ),
    [principles.all, initial],
  );
  const [state, dispatch] = useReducer(flowReducer, initial, (first) => initialFlowState(first, isInJournal));
  const { reflection, errors } = state;
  const stepIndex = stepIndexFromParam(params.get('step'), steps.length);
  const view = reflection.mode === 'quick' ? 'quick' : 'guided';
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const isSaving = useRef(false);
  const errorSummaryRef = useRef<HTMLElement>(null);
  const focusSummaryNext = useRef(false);
  const focusTarget = useRef<string | null>(null);
  const shownView = useRef(`${view}:${stepIndex}`);

  const principleTitle = useCallback(
    (principleId: string) => principles.all.find(({ id }) => id === principleId)?.title ?? principleId,
    [principles.all],
  );
  const onAutosaveError = useCallback(
    (error: unknown) => {
      if (error instanceof ReflectionValidationError)
        dispatch({ type: 'showErrors', errors: errorsByField(error) });
      else report(error);
    },
    [report],
  );
  // A saved reflection is edited on a copy: nothing is written until "Save changes".
  const [isEditCopy] = useState(() => !isNew && initial.status === 'complete');
  const { autosave, conflict, dismissConflict, cut, complete, restoredEditCopy, discardEditCopy } =
    useDraftSaving({
      state,
      dispatch,
      principleTitle,
      onError: onAutosaveError,
      keepsEditCopy: isEditCopy,
    });
  const hasUnsavedEdit = useEditCopyChanges(state, initial, isEditCopy);
  // While saving fails, the screen holds the only copy: leaving the editor asks first.
  const { blocker, leaveOnPurpose } = useLeaveGuard({
    isFailing: autosave.status === 'failed',
    hasUnsavedEdit,
  });

  useDraftAddress({
    reflectionId: reflection.id,
    steps,
    currentStep: steps[stepIndex],
    isEditCopy,
    isNew,
    isInJournal: state.isInJournal,
    isGuided: view === 'guided',
  });

  // Focus follows the step: to its heading, or to the field an error link pointed at. In the
  // commit that shows the step, so it never rests on the page between the two.
  useLayoutEffect(() => {
    const key = `${view}:${stepIndex}`;
    if (shownView.current === key) return;
    shownView.current = key;
    focusElement(focusTarget.current ?? STEP_HEADING_ID);
    focusTarget.current = null;
  }, [view, stepIndex]);

  useLayoutEffect(() => {
    if (!focusSummaryNext.current) return;
    focusSummaryNext.current = false;
    errorSummaryRef.current?.focus();
  }, [errors]);

  function goTo(index: number, fieldId: string | null = null) {
    void autosave.flush();
    if (index === stepIndex && view === 'guided') {
      focusElement(fieldId ?? STEP_HEADING_ID);
      return;
    }
    focusTarget.current = fieldId;
    if (view !== 'guided') dispatch({ type: 'setMode', mode: 'guided' });
    void setParams((current) => withParam(current, 'step', String(index + 1)), { replace: true });
  }

  function showProblem(path: string) {
    const fieldId = fieldIdFor(path);
    // The quick note shows some fields itself; anything else is found in the full flow.
    if (view === 'quick' && document.getElementById(fieldId) !== null) focusElement(fieldId);
    else goTo(stepIndexForPath(path, steps), fieldId);
  }

  async function save() {
    if (isSaving.current) return;
    isSaving.current = true;
    setSaveProblem(null);
    try {
      const { over } = fitTextsToLimit(reflection, principleTitle);
      const tagProblem = pendingTagProblem(state.pendingTagText);
      if (over.length > 0 || tagProblem !== null) {
        focusSummaryNext.current = true;
        const errors = overLimitErrors(over);
        dispatch({
          type: 'showErrors',
          errors: tagProblem === null ? errors : { ...errors, tags: tagProblem },
        });
        return;
      }
      const saved = await complete(reflection);
      if (saved === null) return;
      forgetDraftStep(saved.id);
      leaveOnPurpose();
      let reminderProblem = '';
      try {
        await syncFollowUpReminder(platform.reminders, saved, remindFollowUp, new Date());
        if (saved.preparationId !== null)
          await finishAfterConversationReminder(platform.reminders, saved.preparationId);
      } catch (error) {
        // The reflection is safe; only the reminder failed, and the person is told so.
        reminderProblem = ` The follow-up reminder could not be set: ${errorText(error)}`;
      }
      const notice = {
        savedReflectionMessage: `${isEditCopy ? 'Changes saved.' : 'Reflection saved.'}${reminderProblem}`,
      } satisfies SavedNotice;
      void navigate(`/reflections/${saved.id}`, { state: notice });
    } catch (error) {
      if (error instanceof ReflectionValidationError) {
        focusSummaryNext.current = true;
        dispatch({ type: 'showErrors', errors: errorsByField(error) });
      } else {
        setSaveProblem(report(error).message);
      }
    } finally {
      isSaving.current = false;
    }
  }

  function cancelEdit() {
    discardEditCopy();
    leaveOnPurpose();
    void navigate(`/reflections/${reflection.id}`);
  }

  const problems = Object.entries(errors).map(([path, message]) => ({
    path,
    message,
    where: steps[stepIndexForPath(path, steps)]?.title ?? 'Review and save',
  }));
  const stepProps = { reflection, errors, dispatch, pendingTagText: state.pendingTagText };

  return (
    <FollowUpReminderContext.Provider value={followUpChoice}>
      <div className="reflect-flow">
        <div className="reflect-toolbar">
          {isNew && view === 'guided' ? (
            <button
              type="button"
              className="button"
              onClick={() => dispatch({ type: 'setMode', mode: 'quick' })}
            >
              Quick note
            </button>
          ) : null}
          {isEditCopy ? (
            <EditCopyActions hasChanges={hasUnsavedEdit} onCancel={cancelEdit} onSave={() => void save()} />
          ) : (
            <SaveStatus
              status={autosave.status}
              cutField={cut[0]?.label ?? null}
              onRetry={() => void autosave.flush()}
            />
          )}
        </div>
        {restoredEditCopy && hasUnsavedEdit ? (
          <p className="reflect-restored" role="status">
            Your unsaved changes from last time are back. Save changes to keep them, or Cancel to return to
            the saved reflection.
          </p>
        ) : null}
        {blocker.state === 'blocked' ? (
          <LeaveWhileUnsavedDialog
            text={formatWrittenTexts(writtenTexts(reflection, principleTitle))}
            onStay={() => blocker.reset()}
            onLeave={() => {
              if (isEditCopy && autosave.status !== 'failed') discardEditCopy();
              blocker.proceed();
            }}
            {...(isEditCopy && autosave.status !== 'failed' ? { words: unsavedEditWords } : {})}
          />
        ) : null}
        {conflict === null ? null : <ConflictNotice conflict={conflict} onDismiss={dismissConflict} />}
        {saveProblem === null ? null : (
          <p className="field-error" role="alert">
            {saveProblem}
          </p>
        )}
        <ErrorSummary items={problems} summaryRef={errorSummaryRef} onSelect={showProblem} />
        {view === 'quick' ? (
          <QuickNoteForm
            {...stepProps}
            principles={principles.all}
            onExpand={() => goTo(0)}
            onSave={isEditCopy ? null : () => void save()}
          />
        ) : (
          <GuidedFlow
            {...stepProps}
            steps={steps}
            stepIndex={stepIndex}
            principles={principles.all}
            onGoTo={(index) => goTo(index)}
            onSave={isEditCopy ? null : () => void save()}
          />
        )}
      </div>
    </FollowUpReminderContext.Provider>
  );
}
