import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { useWorkspaceMode } from '../../app/workspaceMode';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { PlanDetails } from './PlanDetails';
import { useLinkedPreparation } from './useLinkedPreparation';
import './prepare.css';

/**
 * The entry page of a reflection that looks back on a preparation: "Plan" beside "What happened",
 * so the two can be read against each other. Without a plan, the entry as it always was.
 */
export function PlanAndOutcome({ reflection, children }: { reflection: Reflection; children: ReactNode }) {
  const preparation = useLinkedPreparation(reflection.preparationId);
  const principles = usePrinciples();
  const { readOnly } = useWorkspaceMode();
  if (reflection.preparationId === null) return children;
  return (
    <div className="plan-and-outcome">
      <section className="entry-section plan-column" aria-labelledby="plan-column-heading">
        <h2 id="plan-column-heading">Plan</h2>
        {preparation === undefined ? <p className="muted">Opening the plan…</p> : null}
        {preparation === null ? <p className="muted">The plan is no longer in this journal.</p> : null}
        {preparation ? (
          <>
            <PlanDetails preparation={preparation} principles={principles.all} />
            {readOnly ? null : <Link to={`/preparations/${preparation.id}`}>Open the preparation</Link>}
          </>
        ) : null}
      </section>
      <section className="outcome-column" aria-labelledby="outcome-column-heading">
        <h2 id="outcome-column-heading" className="entry-section-heading">
          What happened
        </h2>
        {children}
      </section>
    </div>
  );
}
