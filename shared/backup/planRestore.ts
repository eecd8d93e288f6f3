import type { JournalSnapshot } from '../data/journalSnapshot';
import { NEWER_IN_JOURNAL, planImport, type ExistingJournal, type ImportPlan } from '../data/planImport';

export interface RestorePlan {
  /** What is written: the import plan, except that the backup's copy wins even over a newer one. */
  readonly plan: ImportPlan;
  /** Reflections outside the Trash that the backup does not hold: they go to the Trash, not away. */
  readonly toTrash: string[];
}

/**
 * Restoring gives back the journal as the backup holds it. An import keeps whichever copy is
 * newer; a restore puts the backup's copy back even when the journal's is newer, and reflections
 * written since the backup are moved to the Trash rather than deleted, so no word is lost (the
 * journal as it was is also backed up before the restore).
 */
export function planRestore(
  backup: JournalSnapshot,
  existing: ExistingJournal,
  activeReflectionIds: ReadonlySet<string>,
): RestorePlan {
  const plan = planImport(backup, existing);
  const byId = <T extends { readonly id: string }>(records: readonly T[]) =>
    new Map(records.map((record) => [record.id, record]));
  const reflections = byId(backup.reflections);
  const people = byId(backup.people);
  const goBack = <T>(skipped: ImportPlan['reflections']['skipped'], from: Map<string, T>) => ({
    back: skipped.flatMap(({ id, reason }) => {
      const record = from.get(id);
      return reason === NEWER_IN_JOURNAL && record !== undefined ? [record] : [];
    }),
    still: skipped.filter(({ reason }) => reason !== NEWER_IN_JOURNAL),
  });
  const reflectionsBack = goBack(plan.reflections.skipped, reflections);
  const preparationsBack = goBack(plan.preparations.skipped, byId(backup.preparations));
  const peopleBack = goBack(plan.people.skipped, people);
  const toTrash = [...activeReflectionIds].filter((id) => !reflections.has(id));
  return {
    plan: {
      ...plan,
      reflections: {
        ...plan.reflections,
        updated: [...plan.reflections.updated, ...reflectionsBack.back],
        skipped: reflectionsBack.still,
      },
      preparations: {
        ...plan.preparations,
        updated: [...plan.preparations.updated, ...preparationsBack.back],
        skipped: preparationsBack.still,
      },
      people: {
        ...plan.people,
        updated: [...plan.people.updated, ...peopleBack.back],
        skipped: peopleBack.still,
      },
    },
    toTrash,
  };
}
