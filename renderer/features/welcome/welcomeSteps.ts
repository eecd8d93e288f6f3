/** The welcome's screens in order; the names are shown in the step list. */
export const welcomeSteps = [
  { id: 'purpose', label: 'What it is for' },
  { id: 'principles', label: 'Four principles' },
  { id: 'rhythm', label: 'Reflection rhythm' },
  { id: 'start', label: 'Get started' },
] as const;

export type WelcomeStepId = (typeof welcomeSteps)[number]['id'];

export const stepCount = welcomeSteps.length;

/** "Step 2 of 4: Four principles" */
export function describeStep(index: number): string {
  const step = welcomeSteps[index];
  return step === undefined ? '' : `Step ${index + 1} of ${stepCount}: ${step.label}`;
}
