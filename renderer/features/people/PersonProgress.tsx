import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Person } from '../../../shared/domain/personSchema';
import { personProgress } from '../../../shared/progress/personProgress';
import { useJournal } from '../../db/JournalContext';
import { createPersonProgressRepository } from '../../db/repositories/personProgressRepository';
import { localToday } from '../progress/progressFormat';
import { useWeekStart } from '../weekStart/useWeekStart';
import { PersonProgressFigure } from './PersonProgressFigure';

/** Outcomes and trust over time with one person, live: a save in another window redraws it. */
export function PersonProgress({ person }: { person: Person }) {
  const { db } = useJournal();
  const repository = useMemo(() => createPersonProgressRepository(db), [db]);
  const facts = useLiveQuery(() => repository.factsForPerson(person.id), [repository, person.id]);
  const weekStartsOn = useWeekStart()?.weekStartsOn;
  const today = useMemo(() => localToday(), []);
  const progress = useMemo(
    () =>
      facts === undefined || weekStartsOn === undefined
        ? undefined
        : personProgress(facts, person.id, today, weekStartsOn),
    [facts, person.id, today, weekStartsOn],
  );
  if (progress === undefined || progress === null) return null;
  return (
    <section className="person-progress">
      <PersonProgressFigure name={person.name} progress={progress} />
    </section>
  );
}
