import type { Person } from '../../../shared/domain/personSchema';
import { useJournal } from '../../db/JournalContext';
import { useLiveResult } from '../journal/useLiveResult';
import { PlanRow, type PlanRowAction } from './PreparationsOverview';
import { useNow } from './useNow';
import './prepare.css';

/**
 * "Plans with <name>" on a person's page: the conversations planned with them that nobody has
 * reflected on yet (coming up, waiting for a reflection, or unfinished), so the plan is at hand
 * when they come up. Plans already reflected on live with their reflection.
 */
export function PersonPlans({ person }: { person: Person }) {
  const { preparations } = useJournal();
  const now = useNow();
  const result = useLiveResult(async () => {
    const [plans, waiting, unfinished] = await Promise.all([
      preparations.forPerson(person.id),
      preparations.waiting(now),
      preparations.unfinishedDrafts(now),
    ]);
    // The Journal page's own lists decide each row's action, so both pages always agree.
    const waitingIds = new Set(waiting.map((plan) => plan.id));
    const unfinishedIds = new Set(unfinished.map((plan) => plan.id));
    return plans
      .filter((plan) => plan.reflectionId === null)
      .map((plan) => ({
        plan,
        action: (waitingIds.has(plan.id)
          ? 'reflect'
          : unfinishedIds.has(plan.id)
            ? 'continue'
            : 'none') satisfies PlanRowAction as PlanRowAction,
      }));
  }, [preparations, person.id, now]);
  if (result.status === 'error') return <p role="alert">{result.message}</p>;
  if (result.status === 'loading' || result.value.length === 0) return null;
  return (
    <section className="prepare-overview person-plans" aria-labelledby="person-plans-heading">
      <h2 id="person-plans-heading">Plans with {person.name}</h2>
      <ul aria-labelledby="person-plans-heading">
        {result.value.map(({ plan, action }) => (
          <PlanRow key={plan.id} preparation={plan} action={action} onPageOf={person.id} />
        ))}
      </ul>
    </section>
  );
}
