import type { Person } from '../../../shared/domain/personSchema';
import { useJournal } from '../../db/JournalContext';
import { useLiveResult } from '../journal/useLiveResult';
import { PlanRow } from './PreparationsOverview';
import './prepare.css';

/**
 * A person's page lists the conversations planned with them that nobody has reflected on yet,
 * so the plan is at hand when they come up; plans already reflected on live with their reflection.
 */
export function PersonPlans({ person }: { person: Person }) {
  const { preparations } = useJournal();
  const result = useLiveResult(async () => {
    const plans = await preparations.forPerson(person.id);
    // Asked in the same read so "Reflect now" matches the Journal page's Waiting list.
    const waiting = new Set((await preparations.waiting()).map((plan) => plan.id));
    return { open: plans.filter((plan) => plan.reflectionId === null), waiting };
  }, [preparations, person.id]);
  if (result.status === 'error') return <p role="alert">{result.message}</p>;
  const open = result.status === 'ready' ? result.value.open : [];
  const waiting = result.status === 'ready' ? result.value.waiting : new Set<string>();
  if (open.length === 0) return null;
  return (
    <section className="prepare-overview" aria-labelledby="person-plans-heading">
      <h2 id="person-plans-heading">Plans with {person.name}</h2>
      <ul>
        {open.map((preparation) => (
          <PlanRow key={preparation.id} preparation={preparation} isWaiting={waiting.has(preparation.id)} />
        ))}
      </ul>
    </section>
  );
}
