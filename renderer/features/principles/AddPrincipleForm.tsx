import { useId, type FormEvent } from 'react';
import { useJournal } from '../../db/JournalContext';
import { PrincipleFields } from './PrincipleFields';
import { usePrincipleForm } from './usePrincipleForm';

const empty = { title: '', description: '' };

/** A principle of the person's own, such as a favourite negotiation technique; it gets its own step. */
export function AddPrincipleForm({ onAdded }: { onAdded: (title: string) => void }) {
  const { principleSettings } = useJournal();
  const id = useId();
  const form = usePrincipleForm(empty);

  async function add(event: FormEvent) {
    let added = '';
    const isStored = await form.submit(event, async (values) => {
      added = (await principleSettings.add(values)).title;
    });
    if (!isStored) return;
    form.setValues(empty);
    onAdded(added);
  }

  return (
    <form
      className="card principle-add"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void add(event)}
      noValidate
    >
      <h3 id={`${id}-heading`}>Add a principle</h3>
      <p className="field-hint">
        Something you want to practise, such as a negotiation technique you trust. It gets its own step, with
        a rating and notes, in every new reflection.
      </p>
      <PrincipleFields idPrefix={id} values={form.values} errors={form.errors} onChange={form.change} />
      {form.errors.form ? (
        <p role="alert" className="field-error">
          {form.errors.form}
        </p>
      ) : null}
      <button type="submit" className="button button-primary">
        Add principle
      </button>
    </form>
  );
}
