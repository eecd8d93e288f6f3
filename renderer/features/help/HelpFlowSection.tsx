import { reflectionFieldLabels } from '../../../shared/domain/reflectionLabels';
import { usePrinciples } from '../principles/PrinciplesProvider';
import { buildSteps } from '../reflect/reflectionFlowState';
import { HelpSectionHeading } from './HelpSectionHeading';

/** How the guided flow works, with its steps named as the flow names them. */
export function HelpFlowSection() {
  const { visible } = usePrinciples();
  const steps = buildSteps(visible);
  return (
    <section className="help-section" aria-labelledby="help-flow">
      <HelpSectionHeading section="flow" />
      <p>
        “New reflection” walks you through the conversation one step at a time. Back and Next move between
        steps, and the list of steps at the top jumps to any of them. Write as much or as little as you like.
      </p>
      <ol className="help-steps">
        {steps.map((step) => (
          <li key={step.kind === 'principle' ? step.principle.id : step.kind} dir="auto">
            {step.title}
          </li>
        ))}
      </ol>
      <dl className="help-terms">
        <div>
          <dt>Quick note</dt>
          <dd>
            No time for every step? “Quick note” asks only for the essentials, such as “
            {reflectionFieldLabels.context}” and the outcome. It can become a full reflection later, keeping
            everything you wrote.
          </dd>
        </div>
        <div>
          <dt>Drafts</dt>
          <dd>
            Everything is saved as you type. If you stop halfway, the reflection waits in your journal as a
            draft.
          </dd>
        </div>
        <div>
          <dt>Continue reflection</dt>
          <dd>Opening a draft brings you back to the step where you left off.</dd>
        </div>
        <div>
          <dt>Editing a saved reflection</dt>
          <dd>
            You work on a copy: nothing changes until “Save changes”, and “Cancel” leaves the reflection as it
            was. If you try to leave with unsaved changes, the app asks first.
          </dd>
        </div>
      </dl>
    </section>
  );
}
