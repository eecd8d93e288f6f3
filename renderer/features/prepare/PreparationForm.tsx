import { useState } from 'react';
import {
  customPrinciplePreparationPrompt,
  preparationFieldLabels as labels,
  preparationPromptFor,
  remindAfterMinutesUnit,
} from '../../../shared/domain/preparationLabels';
import { MAX_REMIND_AFTER_MINUTES, type Preparation } from '../../../shared/domain/preparationSchema';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { describedBy, FieldMessages } from '../../ui/FieldMessages';
import { DateTimeField, TextAreaField } from '../reflect/fields';
import { PersonCombobox } from '../reflect/PersonCombobox';
import { preparationFieldId } from './preparationErrors';

const REMIND_MESSAGE = `Enter a whole number of minutes from 0 to ${MAX_REMIND_AFTER_MINUTES}.`;

/** The minutes field keeps what is typed, so a half-typed or wrong number is never silently replaced. */
function RemindAfterField({
  value,
  error,
  onChange,
}: {
  value: number;
  error: string | undefined;
  onChange: (minutes: number) => void;
}) {
  const id = preparationFieldId('remindAfterMinutes');
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? error;
  const hint = `${remindAfterMinutesUnit} the time above. 0 reminds you right at that time.`;
  return (
    <div className="field prepare-remind">
      <label htmlFor={id}>{labels.remindAfterMinutes}</label>
      <FieldMessages id={id} hint={hint} error={shown ?? undefined} />
      <div className="prepare-remind-row">
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_REMIND_AFTER_MINUTES}
          step={1}
          value={text}
          aria-invalid={shown ? true : undefined}
          aria-describedby={describedBy(id, hint, shown, `${id}-unit`)}
          onChange={(event) => {
            const next = event.target.value;
            setText(next);
            const minutes = Number(next);
            const isValid =
              next.trim() !== '' &&
              Number.isInteger(minutes) &&
              minutes >= 0 &&
              minutes <= MAX_REMIND_AFTER_MINUTES;
            setProblem(isValid ? null : REMIND_MESSAGE);
            if (isValid) onChange(minutes);
          }}
        />
        <span id={`${id}-unit`}>{remindAfterMinutesUnit}</span>
      </div>
    </div>
  );
}

/** Every question of a preparation, in the order a person thinks it through. */
export function PreparationForm({
  preparation,
  errors,
  principles,
  onChange,
}: {
  preparation: Preparation;
  errors: Readonly<Record<string, string>>;
  principles: readonly ResolvedPrinciple[];
  onChange: (patch: Partial<Preparation>) => void;
}) {
  // A hidden principle gets no block unless this plan already says something under it.
  const shown = principles.filter(
    ({ id, isHidden }) => !isHidden || preparation.principles[id] !== undefined,
  );
  return (
    <div className="prepare-form">
      <PersonCombobox
        id={preparationFieldId('personIds')}
        label={labels.personIds}
        hint="Type a name to find someone, or add a new person."
        error={errors.personIds}
        selectedIds={preparation.personIds}
        onSelect={(person) =>
          onChange({
            personIds: preparation.personIds.includes(person.id)
              ? preparation.personIds
              : [...preparation.personIds, person.id],
          })
        }
        onRemove={(personId) =>
          onChange({ personIds: preparation.personIds.filter((id) => id !== personId) })
        }
      />
      <DateTimeField
        id={preparationFieldId('plannedAt')}
        label={labels.plannedAt}
        hint={`Local time (${preparation.timeZone}). Leave it empty if it is not set yet.`}
        value={preparation.plannedAt}
        error={errors.plannedAt}
        onChange={(plannedAt) => onChange({ plannedAt })}
      />
      <TextAreaField
        id={preparationFieldId('goal')}
        label={labels.goal}
        hint="The result you are after, in a sentence or two."
        value={preparation.goal}
        error={errors.goal}
        onChange={(goal) => onChange({ goal })}
      />
      <fieldset className="prepare-principles">
        <legend>{labels.principles}</legend>
        <p className="field-hint">A few words under each is enough. Skip any that do not apply.</p>
        {shown.map((principle) => {
          const path = `principles.${principle.id}.notes`;
          return (
            <TextAreaField
              key={principle.id}
              id={preparationFieldId(path)}
              label={principle.title}
              hint={
                principle.isBuiltIn ? preparationPromptFor(principle.id) : customPrinciplePreparationPrompt
              }
              value={preparation.principles[principle.id]?.notes ?? ''}
              error={errors[path]}
              onChange={(notes) =>
                onChange({ principles: { ...preparation.principles, [principle.id]: { notes } } })
              }
            />
          );
        })}
      </fieldset>
      <TextAreaField
        id={preparationFieldId('objections')}
        label={labels.objections}
        hint="What might they say, and how will you answer?"
        value={preparation.objections}
        error={errors.objections}
        onChange={(objections) => onChange({ objections })}
      />
      <TextAreaField
        id={preparationFieldId('opening')}
        label={labels.opening}
        hint="Your first sentence or two."
        value={preparation.opening}
        error={errors.opening}
        onChange={(opening) => onChange({ opening })}
      />
      <RemindAfterField
        value={preparation.remindAfterMinutes}
        error={errors.remindAfterMinutes}
        onChange={(remindAfterMinutes) => onChange({ remindAfterMinutes })}
      />
    </div>
  );
}
