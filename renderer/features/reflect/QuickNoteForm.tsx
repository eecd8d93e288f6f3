import { reflectionFieldLabels as labels } from '../../../shared/domain/reflectionLabels';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import type { StepProps } from './ConversationStep';
import { SelectField, TextAreaField } from './fields';
import { STEP_HEADING_ID } from './focusElement';
import { OutcomeField } from './OutcomeStep';
import { PersonCombobox } from './PersonCombobox';
import { fieldIdFor, quickPrincipleOf } from './reflectionFlowState';

/** One short form for when there is no time for the whole flow; everything in it carries over to the full one. */
export function QuickNoteForm({
  reflection,
  errors,
  dispatch,
  principles,
  onExpand,
  onSave,
}: StepProps & {
  principles: readonly ResolvedPrinciple[];
  onExpand: () => void;
  onSave: (() => void) | null;
}) {
  const chosen = quickPrincipleOf(reflection);
  // A principle hidden since it was chosen stays listed, so the choice still reads back.
  const choices = principles
    .filter(({ id, isHidden }) => !isHidden || id === chosen)
    .map(({ id, title }) => ({ value: id, label: title }));
  return (
    <>
      <section className="reflect-step" aria-labelledby={STEP_HEADING_ID}>
        <h2 id={STEP_HEADING_ID} tabIndex={-1} className="reflect-step-heading">
          Quick note
        </h2>
        <p className="reflect-step-intro">
          Catch the essentials while you remember them. You can turn this into a full reflection later.
        </p>
        <PersonCombobox
          id={fieldIdFor('personIds')}
          label={labels.personIds}
          error={errors.personIds}
          selectedIds={reflection.personIds}
          onSelect={(person) =>
            dispatch({ type: 'addPerson', personId: person.id, relationship: person.relationship })
          }
          onRemove={(personId) => dispatch({ type: 'removePerson', personId })}
        />
        <TextAreaField
          id={fieldIdFor('context')}
          label={labels.context}
          value={reflection.context}
          error={errors.context}
          onChange={(context) => dispatch({ type: 'set', patch: { context } })}
        />
        <OutcomeField reflection={reflection} errors={errors} dispatch={dispatch} />
        <SelectField
          id="reflect-quick-principle"
          label="Principle it touched"
          emptyLabel="None in particular"
          choices={choices}
          value={chosen}
          onChange={(principleId) => dispatch({ type: 'setQuickPrinciple', principleId })}
        />
        <TextAreaField
          id={fieldIdFor('asked')}
          label={labels.asked}
          hint="Optional."
          rows={2}
          value={reflection.asked}
          error={errors.asked}
          onChange={(asked) => dispatch({ type: 'set', patch: { asked } })}
        />
      </section>
      <div className="reflect-footer">
        <button type="button" className="button" onClick={onExpand}>
          Continue in full reflection
        </button>
        {onSave === null ? null : (
          <button type="button" className="button button-primary" onClick={onSave}>
            Save reflection
          </button>
        )}
      </div>
    </>
  );
}
