import { checksForPrinciple } from '../../../shared/domain/principleChecks';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import type { PrincipleEntry } from '../../../shared/domain/reflectionSchema';
import { CheckField } from './CheckField';
import type { StepProps } from './ConversationStep';
import { RadioGroupField, ratingChoices, TextAreaField } from './fields';
import { fieldIdFor, principleEntryOf } from './reflectionFlowState';

const appliedChoices = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

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

  let applied: 'yes' | 'no' | null = null;
  if (entry.applied !== null) applied = entry.applied ? 'yes' : 'no';

  return (
    <>
      {principle.description ? <p className="reflect-step-intro">{principle.description}</p> : null}
      {principle.prompts.length > 0 ? (
        <details className="reflect-prompts" open>
          <summary>Questions to think about</summary>
          <ul>
            {principle.prompts.map((prompt) => (
              <li key={prompt}>{prompt}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="reflect-field-row">
        <RadioGroupField
          id={fieldIdFor(path('rating'))}
          label="How well did you apply this?"
          hint="1 = not at all, 5 = fully"
          choices={ratingChoices}
          value={entry.rating === null ? null : String(entry.rating)}
          error={errors[path('rating')]}
          onChange={(value) => setEntry({ rating: Number(value) })}
        />
        <RadioGroupField
          id={fieldIdFor(path('applied'))}
          label="I applied this"
          choices={appliedChoices}
          value={applied}
          error={errors[path('applied')]}
          onChange={(value) => setEntry({ applied: value === 'yes' })}
        />
      </div>
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
        label="Anything else about this principle?"
        value={entry.notes}
        error={errors[path('notes')]}
        onChange={(notes) => setEntry({ notes })}
      />
    </>
  );
}
