import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Person } from '../../../shared/domain/personSchema';
import { formatCount } from '../../app/formatCount';
import { useJournal } from '../../db/JournalContext';
import { PersonStillNeededError } from '../../db/repositories/personRepository';
// Loaded with this page: its live count of reflections needing a person checks with the schemas.
import '../../db/repositories/writeSchemaSet';
import { describeStorageError } from '../../db/storageErrors';
import { useLiveResult } from '../journal/useLiveResult';

const reflectionsText = (count: number) =>
  count === 1 ? '1 reflection' : `${formatCount(count)} reflections`;

/** A modal dialog: the page behind it is inert, Escape closes it and focus returns to what opened it. */
function PersonDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null || dialog.open) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
  }, []);
  return (
    <dialog
      ref={ref}
      className="person-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={headingId} className="person-dialog-heading" dir="auto">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

function MergeDialog({ person, count, onClose }: { person: Person; count: number; onClose: () => void }) {
  const { people } = useJournal();
  const navigate = useNavigate();
  const selectId = useId();
  const everyone = useLiveResult(() => people.all(), [people]);
  const others = everyone.status === 'ready' ? everyone.value.filter(({ id }) => id !== person.id) : [];
  const [intoId, setIntoId] = useState('');
  const [error, setError] = useState('');
  const [isMerging, setIsMerging] = useState(false);
  const into = others.find(({ id }) => id === intoId);

  const merge = async () => {
    if (into === undefined) {
      setError('Choose the person to merge into.');
      return;
    }
    setIsMerging(true);
    try {
      const moved = await people.merge(person.id, into.id);
      void navigate(`/people/${into.id}`, {
        state: { personNotice: `Merged ${person.name} into ${into.name}: ${reflectionsText(moved)} moved.` },
      });
    } catch (failure) {
      setError(describeStorageError(failure).message);
      setIsMerging(false);
    }
  };

  return (
    <PersonDialog title={`Merge ${person.name} into someone else`} onClose={onClose}>
      {everyone.status === 'ready' && others.length === 0 ? (
        <p>There is no one else in your journal to merge into.</p>
      ) : (
        <div className="field">
          <label htmlFor={selectId}>Merge into</label>
          <select
            id={selectId}
            value={intoId}
            onChange={(event) => {
              setIntoId(event.target.value);
              setError('');
            }}
          >
            <option value="">Choose a person</option>
            {others.map((other) => (
              <option key={other.id} value={other.id} dir="auto">
                {other.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {into === undefined ? null : (
        <p className="person-dialog-consequence" dir="auto">
          {reflectionsText(count)} will move to {into.name}. {person.name} is then removed; {into.name} keeps
          their details, takes {person.name}&apos;s where they have none, and keeps both notes.
        </p>
      )}
      {error === '' ? null : <p role="alert">{error}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button button-primary"
          disabled={isMerging}
          onClick={() => void merge()}
        >
          Merge
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </PersonDialog>
  );
}

function DeleteDialog({
  person,
  count,
  soleCount,
  onClose,
}: {
  person: Person;
  count: number;
  /** Complete reflections that name only this person: while there are any, deleting is refused. */
  soleCount: number;
  onClose: () => void;
}) {
  const { people } = useJournal();
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const [isDeleting, setIsDeleting] = useState(false);

  const remove = async () => {
    setIsDeleting(true);
    try {
      await people.remove(person.id);
      void navigate('/people', { state: { personNotice: `Deleted ${person.name}.` } });
    } catch (failure) {
      setError(
        failure instanceof PersonStillNeededError ? failure.message : describeStorageError(failure).message,
      );
      setIsDeleting(false);
    }
  };

  if (soleCount > 0) {
    return (
      <PersonDialog title={`Delete ${person.name}?`} onClose={onClose}>
        <p className="person-dialog-consequence" dir="auto">
          {new PersonStillNeededError(person.name, soleCount).message}
        </p>
        <div className="button-row">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </PersonDialog>
    );
  }

  return (
    <PersonDialog title={`Delete ${person.name}?`} onClose={onClose}>
      <p className="person-dialog-consequence" dir="auto">
        {count === 0
          ? `${person.name} is not named in any reflection.`
          : `${person.name} is named in ${reflectionsText(count)}. They stay in your journal with everything you wrote, and no longer name ${person.name}.`}
      </p>
      {count === 0 ? null : <p className="muted">To keep them with someone else instead, use Merge into….</p>}
      {error === '' ? null : <p role="alert">{error}</p>}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          disabled={isDeleting}
          onClick={() => void remove()}
        >
          Delete person
        </button>
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </PersonDialog>
  );
}

/** "Merge into…" and "Delete person", each saying first what happens to the person's reflections. */
export function PersonMergeDelete({ person }: { person: Person }) {
  const { people } = useJournal();
  const [open, setOpen] = useState<'merge' | 'delete' | null>(null);
  const count = useLiveResult(() => people.reflectionCount(person.id), [people, person.id]);
  const soleCount = useLiveResult(() => people.soleCompleteCount(person.id), [people, person.id]);
  const mergeButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const closed = useRef<'merge' | 'delete' | null>(null);
  // Focus goes back to the button that opened the dialog once it has left the page: while a
  // modal dialog is open, the page behind it cannot take focus.
  useEffect(() => {
    if (open !== null || closed.current === null) return;
    (closed.current === 'merge' ? mergeButton : deleteButton).current?.focus();
    closed.current = null;
  }, [open]);
  const close = () => {
    closed.current = open;
    setOpen(null);
  };
  return (
    <section className="person-merge-delete" aria-labelledby="person-merge-delete-heading">
      <h2 id="person-merge-delete-heading" className="person-form-heading">
        Merge or delete
      </h2>
      <div className="button-row">
        <button ref={mergeButton} type="button" className="button" onClick={() => setOpen('merge')}>
          Merge into…
        </button>
        <button ref={deleteButton} type="button" className="button" onClick={() => setOpen('delete')}>
          Delete person
        </button>
      </div>
      {count.status === 'error' ? <p role="alert">{count.message}</p> : null}
      {open === 'merge' && count.status === 'ready' ? (
        <MergeDialog person={person} count={count.value} onClose={close} />
      ) : null}
      {soleCount.status === 'error' ? <p role="alert">{soleCount.message}</p> : null}
      {open === 'delete' && count.status === 'ready' && soleCount.status === 'ready' ? (
        <DeleteDialog person={person} count={count.value} soleCount={soleCount.value} onClose={close} />
      ) : null}
    </section>
  );
}
