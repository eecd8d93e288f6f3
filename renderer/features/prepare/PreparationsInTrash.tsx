import { useState } from 'react';
import { Link } from 'react-router';
import { errorText } from '../../../shared/app/errorText';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { usePlatform } from '../../platform/PlatformContext';
import { useDateTimeFormat } from '../dateTime/useDateTimeFormat';
import { viewerTimeZone } from '../journal/formatJournalDate';
import { TrashItemActions } from '../journal/TrashItemActions';
import { usePeopleByIds } from '../reflect/usePeopleByIds';
import {
  removeAfterConversationReminder,
  syncAfterConversationReminder,
} from './afterConversationReminderSync';

function TrashedPlan({
  preparation,
  onDone,
}: {
  preparation: Preparation;
  onDone: (message: string) => void;
}) {
  const { preparations } = useJournal();
  const platform = usePlatform();
  const { report } = useStorageStatus();
  const [isBusy, setIsBusy] = useState(false);
  const people = usePeopleByIds(preparation.personIds);
  const format = useDateTimeFormat();
  const names = preparation.personIds.map((id) => people?.get(id)?.name ?? '…');
  const title = names.length === 0 ? 'A conversation' : `With ${names.join(', ')}`;
  const what = names.length === 0 ? 'the plan for a conversation' : `the plan with ${names.join(', ')}`;

  // The plan is written first; its reminder lives outside the journal, so a failure there is
  // said on its own and the plan's change stands.
  const run = async <T,>(
    action: () => Promise<T>,
    reminder: (written: T) => Promise<unknown>,
    done: string,
    reminderProblem: string,
  ) => {
    setIsBusy(true);
    let written: T;
    try {
      written = await action();
    } catch (error) {
      setIsBusy(false);
      report(error);
      return;
    }
    try {
      await reminder(written);
      onDone(done);
    } catch (error) {
      onDone(`${reminderProblem}: ${errorText(error)}`);
    }
  };

  const restore = () =>
    run(
      () => preparations.restore(preparation.id),
      (restored) => syncAfterConversationReminder(platform.reminders, restored, names, new Date()),
      'Plan restored to the journal.',
      'The plan is back in the journal, but its reminder could not be set again',
    );

  const deleteForever = () =>
    run(
      () => preparations.deleteForever(preparation.id),
      () => removeAfterConversationReminder(platform.reminders, preparation.id),
      'Plan deleted for good.',
      'The plan is deleted for good, but its reminder could not be removed',
    );

  return (
    <li className="card trash-item">
      <p>
        <Link to={`/preparations/${preparation.id}`} dir="auto">
          {title}
        </Link>
        {preparation.status === 'draft' ? <span className="muted"> (draft)</span> : null}
      </p>
      <p className="muted" dir="auto">
        {preparation.plannedAt === null ? 'No time set' : format.dateTime(preparation.plannedAt)}
        {preparation.goal.trim() === '' ? '' : ` · ${preparation.goal.trim().slice(0, 120)}`}
      </p>
      <p>Deleted {format.instantDay(Date.parse(preparation.deletedAt ?? ''), viewerTimeZone())}.</p>
      <TrashItemActions
        confirmLabel={`Delete ${what} forever?`}
        warning={`This cannot be undone.${preparation.reflectionId === null ? '' : ' The reflection on it keeps its words.'}`}
        isBusy={isBusy}
        restoreLabel={`Restore ${what}`}
        deleteLabel={`Delete forever ${what}`}
        onRestore={() => void restore()}
        onDeleteForever={() => void deleteForever()}
      />
    </li>
  );
}

/**
 * Plans moved to the Trash, below the deleted reflections. Unlike reflections they are not removed
 * by age: a plan goes only when its owner deletes it forever, so a plan kept for later is never
 * lost to a clock.
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
      <ul className="trash-list" aria-label="Deleted plans">
        {plans.map((preparation) => (
          <TrashedPlan key={preparation.id} preparation={preparation} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}
