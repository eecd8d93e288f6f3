import {
  outcomeLabels,
  outcomeValues,
  reflectionFieldLabels as labels,
} from '../../../shared/domain/reflectionLabels';
import type { StepProps } from './ConversationStep';
import { CheckboxField, DateTimeField, RadioGroupField, TextAreaField } from './fields';
import { fieldIdFor } from './reflectionFlowState';
import { TagInput } from './TagInput';
import { useFollowUpReminderChoice } from './followUpReminderChoice';

export const outcomeChoices = outcomeValues.map((value) => ({ value, label: outcomeLabels[value] }));

/** The "Outcome" radio group, shared by the outcome step and the quick note. */
export function OutcomeField({ reflection, errors, dispatch }: StepProps) {
  return (
    <RadioGroupField
      id={fieldIdFor('outcome')}
      label={labels.outcome}
      choices={outcomeChoices}
      value={reflection.outcome}
      error={errors.outcome}
      onChange={(outcome) => dispatch({ type: 'set', patch: { outcome } })}
    />
  );
}

export function OutcomeStep({ reflection, errors, dispatch, pendingTagText = '' }: StepProps) {
  const { nextStep } = reflection;
  const { remind, setRemind } = useFollowUpReminderChoice();
  return (
    <>
      <OutcomeField reflection={reflection} errors={errors} dispatch={dispatch} />
      <TextAreaField
        id={fieldIdFor('learned')}
        label={labels.learned}
        value={reflection.learned}
        error={errors.learned}
        onChange={(learned) => dispatch({ type: 'set', patch: { learned } })}
      />
      <div className="reflect-field-row">
        <TextAreaField
          id={fieldIdFor('nextStep.text')}
          label={labels.nextStep}
          hint="One concrete thing you will do."
          rows={2}
          value={nextStep.text}
          error={errors['nextStep.text']}
          onChange={(text) => dispatch({ type: 'setNextStep', patch: { text } })}
        />
        <DateTimeField
          id={fieldIdFor('nextStep.followUpAt')}
          label={labels.followUpAt}
          hint="Optional"
          value={nextStep.followUpAt}
          error={errors['nextStep.followUpAt']}
          onChange={(followUpAt) => dispatch({ type: 'setNextStep', patch: { followUpAt } })}
        />
      </div>
      {nextStep.followUpAt ? (
        <CheckboxField
          id="reflect-remind-me"
          label="Remind me"
          hint="A desktop reminder at the follow-up time; clicking it opens this reflection."
          checked={remind}
          onChange={setRemind}
        />
      ) : null}
      <details
        className="reflect-more"
        // Open when something is written or refused inside, so nothing written is out of sight.
        open={
          [reflection.expected, reflection.actual, reflection.whyDifferent].some((text) => text !== '') ||
          ['expected', 'actual', 'whyDifferent'].some((field) => errors[field] !== undefined)
        }
      >
        <summary>Looking back (optional)</summary>
        <p className="field-hint">
          Comparing what you planned with what happened is where most of the learning hides.
        </p>
        <TextAreaField
          id={fieldIdFor('expected')}
          label={labels.expected}
          rows={2}
          value={reflection.expected}
          error={errors.expected}
          onChange={(expected) => dispatch({ type: 'set', patch: { expected } })}
        />
        <TextAreaField
          id={fieldIdFor('actual')}
          label={labels.actual}
          rows={2}
          value={reflection.actual}
          error={errors.actual}
          onChange={(actual) => dispatch({ type: 'set', patch: { actual } })}
        />
        <TextAreaField
          id={fieldIdFor('whyDifferent')}
          label={labels.whyDifferent}
          rows={2}
          value={reflection.whyDifferent}
          error={errors.whyDifferent}
          onChange={(whyDifferent) => dispatch({ type: 'set', patch: { whyDifferent } })}
        />
      </details>
      <TagInput
        id={fieldIdFor('tags')}
        label={labels.tags}
        tags={reflection.tags}
        initialText={pendingTagText}
        error={errors.tags}
        onAdd={(tags) => dispatch({ type: 'addTags', tags })}
        onRemove={(tag) => dispatch({ type: 'removeTag', tag })}
        onPendingChange={(text) => dispatch({ type: 'setPendingTagText', text })}
      />
      <div className="choice-row reflect-flags">
        <CheckboxField
          id={fieldIdFor('starred')}
          label="Star this reflection"
          checked={reflection.starred}
          onChange={(starred) => dispatch({ type: 'set', patch: { starred } })}
        />
        <CheckboxField
          id={fieldIdFor('isPrivate')}
          label="Private"
          hint="Stays in your journal and in search. Left out of every export unless you tick “Include private reflections” on the Data page."
          checked={reflection.isPrivate}
          onChange={(isPrivate) => dispatch({ type: 'set', patch: { isPrivate } })}
        />
      </div>
    </>
  );
}
