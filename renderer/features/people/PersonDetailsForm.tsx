import { useId, useState, type FormEvent } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { personSchema, type Person } from '../../../shared/domain/personSchema';
import {
  relationshipLabels,
  relationshipValues,
  type Relationship,
} from '../../../shared/domain/reflectionLabels';
import { fieldErrors } from '../../../shared/domain/validationMessages';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';

const isRelationship = (value: string): value is Relationship =>
  relationshipValues.some((relationship) => relationship === value);

const relationshipChoices = relationshipValues.map((value) => ({ value, label: relationshipLabels[value] }));

/**
 * A person's details. Reflections refer to people by id, so saving a new name renames them
 * everywhere at once. Starts from the person as loaded and keeps what is typed even if the
 * record changes in another window meanwhile.
 */
export function PersonDetailsForm({ person }: { person: Person }) {
  const { people } = useJournal();
  const { report } = useStorageStatus();
  const formId = useId();
  const [draft, setDraft] = useState(() => ({
    name: person.name,
    role: person.role,
    team: person.team,
    relationship: person.relationship ?? '',
    notes: person.notes,
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const set = (field: keyof typeof draft) => (value: string) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setStatus('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      ...person,
      name: draft.name,
      role: draft.role,
      team: draft.team,
      relationship: isRelationship(draft.relationship) ? draft.relationship : null,
      notes: draft.notes,
    };
    const checked = personSchema.safeParse(candidate);
    if (!checked.success) {
      // Every refused field says why beside itself; what is typed stays as it is.
      const byField = fieldErrors(checked.error);
      setErrors(byField);
      setStatus('Not saved: fix the fields marked above.');
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      await people.update(checked.data);
      setStatus('Saved.');
    } catch (error) {
      report(error);
    } finally {
      setIsSaving(false);
    }
  };

  const field = (name: string) => `${formId}-${name}`;
  return (
    <form className="person-form card" onSubmit={(event) => void save(event)} noValidate>
      <h2 className="person-form-heading">Details</h2>
      <TextField
        id={field('name')}
        label="Name"
        value={draft.name}
        limit={textLimits.name}
        error={errors.name}
        onChange={set('name')}
      />
      <div className="person-form-row">
        <TextField
          id={field('role')}
          label="Role"
          value={draft.role}
          limit={textLimits.name}
          error={errors.role}
          onChange={set('role')}
        />
        <TextField
          id={field('team')}
          label="Team"
          value={draft.team}
          limit={textLimits.name}
          error={errors.team}
          onChange={set('team')}
        />
        <SelectField
          id={field('relationship')}
          label="Relationship"
          value={isRelationship(draft.relationship) ? draft.relationship : null}
          choices={relationshipChoices}
          emptyLabel="Not set"
          onChange={(value) => set('relationship')(value ?? '')}
        />
      </div>
      <TextAreaField
        id={field('notes')}
        label="Notes"
        value={draft.notes}
        limit={textLimits.longText}
        error={errors.notes}
        onChange={set('notes')}
      />
      <div className="button-row person-form-actions">
        <button type="submit" className="button button-primary" disabled={isSaving}>
          Save
        </button>
        <p role="status" className="person-form-status">
          {status}
        </p>
      </div>
    </form>
  );
}
