import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { draftStepIndex, keepDraftStep } from './draftStep';
import type { FlowStep } from './reflectionFlowState';

/** The address with one search parameter set, the others kept. */
export function withParam(current: URLSearchParams, name: string, value: string): URLSearchParams {
  const next = new URLSearchParams(current);
  next.set(name, value);
  return next;
}

/**
 * Where a draft is kept in the address and remembered: a draft opened without a step continues at
 * the step it was left on, the step shown is remembered for next time, and a new reflection puts
 * its id in the address (`?draft=…`) once it is in the journal, so a reload reopens it.
 */
export function useDraftAddress({
  reflectionId,
  steps,
  currentStep,
  isEditCopy,
  isNew,
  isInJournal,
  isGuided,
}: {
  reflectionId: string;
  steps: readonly FlowStep[];
  currentStep: FlowStep | undefined;
  isEditCopy: boolean;
  isNew: boolean;
  isInJournal: boolean;
  isGuided: boolean;
}): void {
  const [params, setParams] = useSearchParams();

  const stepParam = params.get('step');
  useEffect(() => {
    if (isEditCopy || stepParam !== null) return;
    const left = draftStepIndex(reflectionId, steps);
    if (left !== null && left > 0)
      void setParams((current) => withParam(current, 'step', String(left + 1)), { replace: true });
    // Only as the editor opens: later, the address says where the person is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!isEditCopy && isInJournal && isGuided && currentStep !== undefined)
      keepDraftStep(reflectionId, currentStep);
  }, [isEditCopy, isInJournal, isGuided, currentStep, reflectionId]);

  const draftParam = params.get('draft');
  useEffect(() => {
    if (isNew && isInJournal && draftParam !== reflectionId) {
      void setParams((current) => withParam(current, 'draft', reflectionId), { replace: true });
    }
  }, [isNew, isInJournal, draftParam, reflectionId, setParams]);
}
