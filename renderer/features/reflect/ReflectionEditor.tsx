import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { usePlatform } from '../../platform/PlatformContext';
import { usePrinciples, type Principles } from '../principles/PrinciplesProvider';
import { FollowUpReminderContext, syncFollowUpReminder } from './followUpReminderChoice';
import { ReflectionValidationError } from '../../db/repositories/reflectionRepository';
import { ErrorSummary } from './ErrorSummary';
import { focusElement, STEP_HEADING_ID } from './focusElement';
import { GuidedFlow } from './GuidedFlow';
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
import type { SavedNotice } from './savedNotice';
import { SaveStatus } from './SaveStatus';
import { useAutosave } from './useAutosave';
import './reflect.css';

function withParam(current: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set(name, value);
  return next;
}

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
  const { reflections } = useJournal();
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

  const saveDraft = useCallback((draft: Reflection) => reflections.saveDraft(draft), [reflections]);
  const onAutosaveError = useCallback(
    (error: unknown) => {
      if (error instanceof ReflectionValidationError)
        dispatch({ type: 'showErrors', errors: errorsByField(error) });
      else report(error);
    },
    [report],
  );
  const autosave = useAutosave({
    value: reflection,
    revision: state.revision,
    save: saveDraft,
    onError: onAutosaveError,
  });

  const draftParam = params.get('draft');
  useEffect(() => {
    if (isNew && state.isInJournal && draftParam !== reflection.id) {
      void setParams((current) => withParam(current, 'draft', reflection.id), { replace: true });
    }
  }, [isNew, state.isInJournal, draftParam, reflection.id, setParams]);

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
      // Pending autosaves land first, so none of them can overwrite the completed reflection afterwards.
      await autosave.flush();
      const saved = await reflections.complete(reflection);
      let reminderProblem = '';
      try {
        await syncFollowUpReminder(platform.reminders, saved, remindFollowUp, new Date());
      } catch (error) {
        // The reflection is safe; only the reminder failed, and the person is told so.
        reminderProblem = ` The follow-up reminder could not be set: ${error instanceof Error ? error.message : String(error)}`;
      }
      const notice = { savedReflectionMessage: `Reflection saved.${reminderProblem}` } satisfies SavedNotice;
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

  const problems = Object.entries(errors).map(([path, message]) => ({
    path,
    message,
    where: steps[stepIndexForPath(path, steps)]?.title ?? 'Review and save',
  }));
  const stepProps = { reflection, errors, dispatch };

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
          <SaveStatus status={autosave.status} onRetry={() => void autosave.flush()} />
        </div>
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
            onSave={() => void save()}
          />
        ) : (
          <GuidedFlow
            {...stepProps}
            steps={steps}
            stepIndex={stepIndex}
            principles={principles.all}
            onGoTo={(index) => goTo(index)}
            onSave={() => void save()}
          />
        )}
      </div>
    </FollowUpReminderContext.Provider>
  );
}
