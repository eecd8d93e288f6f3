import type { Dispatch } from 'react';
import {
  reflectionFieldLabels as labels,
  relationshipLabels,
  relationshipValues,
} from '../../../shared/domain/reflectionLabels';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { DateTimeField, SelectField, TextAreaField } from './fields';
import { PersonCombobox } from './PersonCombobox';
import { fieldIdFor, type FlowAction } from './reflectionFlowState';

export interface StepProps {
  readonly reflection: Reflection;
  readonly errors: Readonly<Record<string, string>>;
  readonly dispatch: Dispatch<FlowAction>;
  /** Text left in the tag box, kept while the person moves between steps. */
  readonly pendingTagText?: string;
}

export const relationshipChoices = relationshipValues.map((value) => ({
  value,
  label: relationshipLabels[value],
}));

export function ConversationStep({ reflection, errors, dispatch }: StepProps) {
  return (
    <>
      <p className="reflect-step-intro">
        Start with the facts while they are fresh: who was there, when it happened, and what you were hoping
        to get.
      </p>
      <PersonCombobox
        id={fieldIdFor('personIds')}
        label={labels.personIds}
        hint="Type a name to find someone, or add a new person. You can add more than one."
        error={errors.personIds}
        selectedIds={reflection.personIds}
        onSelect={(person) =>
          dispatch({ type: 'addPerson', personId: person.id, relationship: person.relationship })
        }
        onRemove={(personId) => dispatch({ type: 'removePerson', personId })}
      />
      <div className="reflect-field-row">
        <SelectField
          id={fieldIdFor('relationship')}
          label={labels.relationship}
          emptyLabel="Not set"
          choices={relationshipChoices}
          value={reflection.relationship}
          error={errors.relationship}
          onChange={(relationship) => dispatch({ type: 'set', patch: { relationship } })}
        />
        <DateTimeField
          id={fieldIdFor('occurredAt')}
          label={labels.occurredAt}
          hint={`Local time (${reflection.timeZone})`}
          value={reflection.occurredAt}
          error={errors.occurredAt}
          onChange={(occurredAt) => dispatch({ type: 'set', patch: { occurredAt } })}
        />
      </div>
      <TextAreaField
        id={fieldIdFor('asked')}
        label={labels.asked}
        hint="The request or the result you wanted, in a sentence or two."
        value={reflection.asked}
        error={errors.asked}
        onChange={(asked) => dispatch({ type: 'set', patch: { asked } })}
      />
      <TextAreaField
        id={fieldIdFor('context')}
        label={labels.context}
        hint="The situation and how the conversation went: deadlines, history, what was at stake."
        value={reflection.context}
        error={errors.context}
        onChange={(context) => dispatch({ type: 'set', patch: { context } })}
      />
      <TextAreaField
        id={fieldIdFor('approach')}
        label={labels.approach}
        value={reflection.approach}
        error={errors.approach}
        onChange={(approach) => dispatch({ type: 'set', patch: { approach } })}
      />
    </>
  );
}
