import type { FlowStep } from './reflectionFlowState';

/** "Step 2 of 7" and a button per step, so any step can be opened directly; steps can be skipped. */
export function StepNav({
  steps,
  current,
  stepsNeedingAttention,
  onSelect,
}: {
  steps: readonly FlowStep[];
  current: number;
  stepsNeedingAttention: ReadonlySet<number>;
  onSelect: (index: number) => void;
}) {
  return (
    <nav className="reflect-steps" aria-label="Reflection steps">
      <p className="reflect-progress">
        Step {current + 1} of {steps.length}
      </p>
      <ol>
        {steps.map((step, index) => {
          const needsAttention = stepsNeedingAttention.has(index);
          const classes = ['reflect-step-button', needsAttention ? 'reflect-step-button-attention' : ''];
          return (
            <li key={step.kind === 'principle' ? step.principle.id : step.kind}>
              <button
                type="button"
                className={classes.join(' ').trim()}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onSelect(index)}
              >
                <span className="reflect-step-number">{index + 1}</span>
                <span className="reflect-step-title"> {step.title}</span>
                {needsAttention ? <span className="visually-hidden"> (needs attention)</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
