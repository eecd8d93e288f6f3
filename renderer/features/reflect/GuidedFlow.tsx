import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { ConversationStep, type StepProps } from './ConversationStep';
import { OutcomeStep } from './OutcomeStep';
import { PrincipleStep } from './PrincipleStep';
import { PlanBeside } from '../prepare/PlanBeside';
import { stepIndexForPath, type FlowStep } from './reflectionFlowState';
import { StepNav } from './StepNav';
import { STEP_HEADING_ID } from './focusElement';
import { SummaryStep } from './SummaryStep';

function StepContent({
  step,
  principles,
  ...props
}: StepProps & { step: FlowStep; principles: readonly ResolvedPrinciple[] }) {
  switch (step.kind) {
    case 'conversation':
      return <ConversationStep {...props} />;
    case 'principle':
      return <PrincipleStep principle={step.principle} {...props} />;
    case 'outcome':
      return <OutcomeStep {...props} />;
    case 'summary':
      return <SummaryStep reflection={props.reflection} principles={principles} />;
  }
}

/** The guided reflection: the step list, one step at a time, and Back / Next (Save on the last). */
export function GuidedFlow({
  steps,
  stepIndex,
  principles,
  onGoTo,
  onSave,
  ...stepProps
}: StepProps & {
  steps: readonly FlowStep[];
  stepIndex: number;
  principles: readonly ResolvedPrinciple[];
  onGoTo: (index: number) => void;
  /** Null while editing a saved reflection: "Save changes" is at the top, on every step. */
  onSave: (() => void) | null;
}) {
  const step = steps[stepIndex];
  if (step === undefined) return null;
  const isLast = stepIndex === steps.length - 1;
  const needingAttention = new Set(
    Object.keys(stepProps.errors).map((path) => stepIndexForPath(path, steps)),
  );

  return (
    <>
      <StepNav steps={steps} current={stepIndex} stepsNeedingAttention={needingAttention} onSelect={onGoTo} />
      <section className="reflect-step" aria-labelledby={STEP_HEADING_ID}>
        <h2 id={STEP_HEADING_ID} tabIndex={-1} className="reflect-step-heading">
          {step.title}
        </h2>
        <PlanBeside reflection={stepProps.reflection} step={step} principles={principles}>
          <StepContent step={step} principles={principles} {...stepProps} />
        </PlanBeside>
      </section>
      <div className="reflect-footer">
        <button
          type="button"
          className="button"
          disabled={stepIndex === 0}
          onClick={() => onGoTo(stepIndex - 1)}
        >
          Back
        </button>
        {isLast ? (
          onSave === null ? null : (
            <button type="button" className="button button-primary" onClick={onSave}>
              Save reflection
            </button>
          )
        ) : (
          <button type="button" className="button button-primary" onClick={() => onGoTo(stepIndex + 1)}>
            Next
          </button>
        )}
      </div>
    </>
  );
}
