import type { CheckAnswer } from '../../../shared/domain/checkAnswersSchema';
import {
  findNegotiationTactic,
  type ChoiceOption,
  type PrincipleCheck,
} from '../../../shared/domain/principleChecks';
import { FieldMessages, RadioGroupField, ratingChoices, TextAreaField } from './fields';
import { fieldIdFor } from './reflectionFlowState';

interface CheckFieldProps {
  readonly principleId: string;
  readonly check: PrincipleCheck;
  readonly answer: CheckAnswer | undefined;
  readonly error: string | undefined;
  readonly onChange: (answer: CheckAnswer) => void;
}

/** One reflective question, drawn by its kind: choice, text, rating or a set of options. */
export function CheckField({ principleId, check, answer, error, onChange }: CheckFieldProps) {
  const id = fieldIdFor(`principles.${principleId}.checks.${check.id}`);
  switch (check.kind) {
    case 'text':
      return (
        <TextAreaField
          id={id}
          label={check.label}
          rows={2}
          value={typeof answer === 'string' ? answer : ''}
          error={error}
          onChange={onChange}
        />
      );
    case 'choice':
      return (
        <RadioGroupField
          id={id}
          label={check.label}
          choices={check.options.map(({ id: value, label }) => ({ value, label }))}
          value={typeof answer === 'string' && answer !== '' ? answer : null}
          error={error}
          onChange={onChange}
        />
      );
    case 'rating':
      return (
        <RadioGroupField
          id={id}
          label={check.label}
          hint="1 = very little, 5 = a great deal"
          choices={ratingChoices}
          value={typeof answer === 'number' ? String(answer) : null}
          error={error}
          onChange={(value) => onChange(Number(value))}
        />
      );
    case 'multi-choice':
      return (
        <MultiChoiceField
          id={id}
          label={check.label}
          options={check.options}
          selected={Array.isArray(answer) ? answer : []}
          error={error}
          onChange={onChange}
        />
      );
  }
}

/**
 * Checkboxes, split into moves that work with the other person and moves that press on them.
 * The option labels stay plain descriptions; the split alone lets the person see the pattern.
 */
function MultiChoiceField({
  id,
  label,
  options,
  selected,
  error,
  onChange,
}: {
  id: string;
  label: string;
  options: readonly ChoiceOption[];
  selected: readonly string[];
  error: string | undefined;
  onChange: (selected: string[]) => void;
}) {
  const pressure = options.filter((option) => findNegotiationTactic(option.id)?.isManipulative === true);
  const together = options.filter((option) => !pressure.includes(option));
  const groups = [
    { key: 'together', title: 'Working it out together', options: together },
    { key: 'pressure', title: 'Pushing for it', options: pressure },
  ].filter((group) => group.options.length > 0);

  function toggle(optionId: string, isChecked: boolean) {
    // Keeps the order of the option list, so the stored answer does not depend on click order.
    const next = new Set(selected);
    if (isChecked) next.add(optionId);
    else next.delete(optionId);
    onChange(options.map((option) => option.id).filter((optionId) => next.has(optionId)));
  }

  return (
    <fieldset id={id} className="field reflect-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      <FieldMessages id={id} error={error} />
      <div className="reflect-option-groups">
        {groups.map((group) => (
          <fieldset key={group.key} className={`reflect-option-group reflect-option-group-${group.key}`}>
            <legend>{group.title}</legend>
            {group.options.map((option) => (
              <label key={option.id} className="reflect-check-option">
                <input
                  type="checkbox"
                  checked={selected.includes(option.id)}
                  onChange={(event) => toggle(option.id, event.target.checked)}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
