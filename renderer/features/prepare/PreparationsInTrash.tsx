import { useState } from 'react';
import { Link } from 'react-router';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { viewerTimeZone } from '../journal/formatJournalDate';
import { usePeopleByIds } from '../reflect/usePeopleByIds';

function TrashedPlan({
  preparation,
  onDone,
}: {
  preparation: Preparation;
  onDone: (message: string) => void;
}) {
  const { preparations } = useJournal();
  const { report } = useStorageStatus();
  const [isBusy, setIsBusy] = useState(false);
  const people = usePeopleByIds(preparation.personIds);
  const format = useDateTimeFormat();
  const names = preparation.personIds.map((id) => people?.get(id)?.name ?? '…').join(', ');
  const title = names === '' ? 'A conversation' : `With ${names}`;
  const restore = async () => {
    setIsBusy(true);
    try {
      await preparations.restore(preparation.id);
      onDone('Plan restored to the journal.');
    } catch (error) {
      setIsBusy(false);
      report(error);
    }
  };
  return (
    <li className="card trash-item">
      <p>
        <Link to={`/preparations/${preparation.id}`} dir="auto">
          {title}
        </Link>
      </p>
      {preparation.goal.trim() === '' ? null : (
        <p className="muted" dir="auto">
          {preparation.goal.trim().slice(0, 120)}
        </p>
      )}
      <p>Deleted {format.instantDay(Date.parse(preparation.deletedAt ?? ''), viewerTimeZone())}.</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={isBusy}
          aria-label={`Restore the plan ${title.toLowerCase()}`}
          onClick={() => void restore()}
        >
          Restore
        </button>
      </div>
    </li>
  );
}

/**
 * Plans moved to the Trash, below the deleted reflections. They stay until restored: a plan is
 * small, and removing it for good would also unlink the reflection that looks back on it.
 */
export function PreparationsInTrash({
  plans,
  onDone,
}: {
  plans: readonly Preparation[];
  onDone: (message: string) => void;
}) {
  if (plans.length === 0) return null;
  return (
    <section aria-labelledby="trash-plans-heading" className="trash-plans">
      <h2 id="trash-plans-heading">Deleted plans</h2>
      <p className="muted">Plans stay here until you restore them.</p>
      <ul className="trash-list" aria-label="Deleted plans">
        {plans.map((preparation) => (
          <TrashedPlan key={preparation.id} preparation={preparation} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}
