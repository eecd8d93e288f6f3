import type { ReactNode } from 'react';
import { preparationFieldLabels as labels } from '../../../shared/domain/preparationLabels';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import type { FlowStep } from '../reflect/reflectionFlowState';
import { PlanDetails, PlanPrinciple, PlanWhoAndWhen } from './PlanDetails';
import { useLinkedPreparation } from './useLinkedPreparation';
import './prepare.css';

function PlanText({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <div className="plan-answer">
      <dt>{label}</dt>
      <dd dir="auto">{text}</dd>
    </div>
  );
}

/** What of the plan belongs beside a step: the part the step's questions look back on. */
function PlanForStep({
  step,
  preparation,
  principles,
}: {
  step: FlowStep;
  preparation: Preparation;
  principles: readonly ResolvedPrinciple[];
}) {
  switch (step.kind) {
    case 'conversation':
      return (
        <>
          <PlanWhoAndWhen preparation={preparation} />
          <dl className="plan-answers">
            <PlanText label={labels.goal} text={preparation.goal} />
            <PlanText label={labels.opening} text={preparation.opening} />
          </dl>
        </>
      );
    case 'principle': {
      const hasNotes = (preparation.principles[step.principle.id]?.notes ?? '').trim() !== '';
      return hasNotes ? (
        <PlanPrinciple preparation={preparation} principle={step.principle} />
      ) : (
        <p className="muted">Nothing planned for this principle.</p>
      );
    }
    case 'outcome':
      return (
        <dl className="plan-answers">
          <PlanText label={labels.goal} text={preparation.goal} />
          <PlanText label={labels.objections} text={preparation.objections} />
        </dl>
      );
    case 'summary':
      return <PlanDetails preparation={preparation} principles={principles} />;
  }
}

/**
 * A guided step, and beside it what was planned for it when the reflection looks back on a
 * preparation: side by side where there is room, the plan under the fields when the window is narrow.
 */
export function PlanBeside({
  reflection,
  step,
  principles,
  children,
}: {
  reflection: Reflection;
  step: FlowStep;
  principles: readonly ResolvedPrinciple[];
  children: ReactNode;
}) {
  const preparation = useLinkedPreparation(reflection.preparationId);
  if (reflection.preparationId === null) return children;
  return (
    <div className="plan-beside">
      <div className="plan-beside-grid">
        <div className="plan-beside-fields">{children}</div>
        <aside className="plan-panel" aria-labelledby="plan-panel-heading">
          <h3 id="plan-panel-heading">What you planned</h3>
          {preparation === undefined ? <p className="muted">Opening the plan…</p> : null}
          {preparation === null ? <p className="muted">The plan is no longer in your journal.</p> : null}
          {preparation ? <PlanForStep step={step} preparation={preparation} principles={principles} /> : null}
        </aside>
      </div>
    </div>
  );
}
