import { useId, type FormEvent } from 'react';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { useJournal } from '../../db/JournalContext';
import { PrincipleFields } from './PrincipleFields';
import { usePrincipleForm } from './usePrincipleForm';

/** Renames a principle and edits its description; Escape or Cancel leaves it as it was. */
export function PrincipleEditForm({
  principle,
  onSaved,
  onCancel,
}: {
  principle: ResolvedPrinciple;
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const { principleSettings } = useJournal();
  const id = useId();
  const form = usePrincipleForm({ title: principle.title, description: principle.description });

  async function save(event: FormEvent) {
    const isStored = await form.submit(event, (values) => principleSettings.update(principle.id, values));
    if (isStored) onSaved(form.values.title.trim());
  }

  return (
    <form
      className="principle-edit"
      aria-label={`Edit ${principle.title}`}
      onSubmit={(event) => void save(event)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
      noValidate
    >
      <PrincipleFields
        idPrefix={id}
        values={form.values}
        errors={form.errors}
        onChange={form.change}
        autoFocus
      />
      {form.errors.form ? (
        <p role="alert" className="field-error">
          {form.errors.form}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-primary">
          Save changes
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
