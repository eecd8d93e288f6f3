import { checksForPrinciple } from '../../../shared/domain/principleChecks';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { notAppliedLabel, principleEntryLabels } from '../../../shared/domain/reflectionLabels';
import type { PrincipleEntry } from '../../../shared/domain/reflectionSchema';
import { PrincipleMeaning } from '../help/PrincipleMeaning';
import { CheckField } from './CheckField';
import type { StepProps } from './ConversationStep';
import { RadioGroupField, ratingChoices, TextAreaField } from './fields';
import { fieldIdFor, principleEntryOf } from './reflectionFlowState';

const NOT_APPLIED = 'not-applied';

/** "Not this time" and 1 to 5 in one row: not applying it is an answer, not a missing rating. */
const applyChoices = [{ value: NOT_APPLIED, label: notAppliedLabel }, ...ratingChoices] as const;
type ApplyChoice = (typeof applyChoices)[number]['value'];

function applyChoiceOf(entry: PrincipleEntry): ApplyChoice | null {
  if (entry.applied === false) return NOT_APPLIED;
  return entry.rating === null ? null : (String(entry.rating) as ApplyChoice);
}

export function PrincipleStep({
  principle,
  reflection,
  errors,
  dispatch,
}: StepProps & { principle: ResolvedPrinciple }) {
  const entry = principleEntryOf(reflection, principle.id);
  const path = (key: string) => `principles.${principle.id}.${key}`;
  const setEntry = (patch: Partial<Pick<PrincipleEntry, 'applied' | 'rating' | 'notes'>>) =>
    dispatch({ type: 'setPrinciple', principleId: principle.id, patch });

  return (
    <>
      {principle.description ? <p className="reflect-step-intro">{principle.description}</p> : null}
      <PrincipleMeaning principle={principle} />
      {principle.prompts.length > 0 ? (
        <details className="reflect-prompts">
          <summary>Questions to think about</summary>
          <ul>
            {principle.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <RadioGroupField
        id={fieldIdFor(path('rating'))}
        label={principleEntryLabels.rating}
        hint={
          entry.applied === true && entry.rating === null
            ? 'Marked as applied. 1 = barely, 5 = fully.'
            : 'Not this time, or 1 = barely to 5 = fully.'
        }
        variant="segmented"
        choices={applyChoices}
        value={applyChoiceOf(entry)}
        error={errors[path('rating')] ?? errors[path('applied')]}
        onChange={(value) =>
          setEntry(
            value === NOT_APPLIED
              ? { applied: false, rating: null }
              : { applied: true, rating: Number(value) },
          )
        }
      />
      {checksForPrinciple(principle.id).map((check) => (
        <CheckField
          key={check.id}
          principleId={principle.id}
          check={check}
          answer={entry.checks[check.id]}
          error={errors[path(`checks.${check.id}`)]}
          onChange={(answer) =>
            dispatch({ type: 'setCheck', principleId: principle.id, checkId: check.id, answer })
          }
        />
      ))}
      <TextAreaField
        id={fieldIdFor(path('notes'))}
        label={principleEntryLabels.notes}
        value={entry.notes}
        error={errors[path('notes')]}
        onChange={(notes) => setEntry({ notes })}
      />
    </>
  );
}
