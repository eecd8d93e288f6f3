import { useId, useState, type FormEvent } from 'react';
import { textLimits } from '../../../shared/domain/fieldSchemas';
import { personSchema, type Person } from '../../../shared/domain/personSchema';
import {
  relationshipLabels,
  relationshipValues,
  type Relationship,
} from '../../../shared/domain/reflectionLabels';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';

const isRelationship = (value: string): value is Relationship =>
  relationshipValues.some((relationship) => relationship === value);

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
  const [nameError, setNameError] = useState('');
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
      const issue = checked.error.issues[0];
      setNameError(issue?.path[0] === 'name' ? issue.message : '');
      setStatus(issue && issue.path[0] !== 'name' ? issue.message : '');
      return;
    }
    setNameError('');
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
      <div className="field">
        <label htmlFor={field('name')}>Name</label>
        <input
          id={field('name')}
          dir="auto"
          type="text"
          value={draft.name}
          maxLength={textLimits.name}
          autoComplete="off"
          aria-invalid={nameError === '' ? undefined : true}
          aria-describedby={nameError === '' ? undefined : field('name-error')}
          onChange={(event) => set('name')(event.target.value)}
        />
        {nameError === '' ? null : (
          <p id={field('name-error')} className="field-error">
            {nameError}
          </p>
        )}
      </div>
      <div className="person-form-row">
        <div className="field">
          <label htmlFor={field('role')}>Role</label>
          <input
            id={field('role')}
            dir="auto"
            type="text"
            value={draft.role}
            maxLength={textLimits.name}
            onChange={(event) => set('role')(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('team')}>Team</label>
          <input
            id={field('team')}
            dir="auto"
            type="text"
            value={draft.team}
            maxLength={textLimits.name}
            onChange={(event) => set('team')(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={field('relationship')}>Relationship</label>
          <select
            id={field('relationship')}
            value={draft.relationship}
            onChange={(event) => set('relationship')(event.target.value)}
          >
            <option value="">Not set</option>
            {relationshipValues.map((value) => (
              <option key={value} value={value}>
                {relationshipLabels[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={field('notes')}>Notes</label>
        <textarea
          id={field('notes')}
          dir="auto"
          value={draft.notes}
          maxLength={textLimits.longText}
          onChange={(event) => set('notes')(event.target.value)}
        />
      </div>
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
