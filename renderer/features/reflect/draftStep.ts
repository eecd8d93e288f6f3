import type { FlowStep } from './reflectionFlowState';

/**
 * Where a draft was left, kept in the page's own storage by reflection id, so "Continue" opens
 * it at that step. A step is remembered by what it is (a principle by its id), not by its
 * number: hiding or adding a principle changes the numbers, not the step.
 */
const KEY_PREFIX = 'influence-journal:draft-step:';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function pageStorage(): StorageLike | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage refused: the draft opens at its first step, nothing else is lost.
    return null;
  }
}

export function stepKey(step: FlowStep): string {
  return step.kind === 'principle' ? `principle:${step.principle.id}` : step.kind;
}

export function keepDraftStep(id: string, step: FlowStep, storage = pageStorage()): void {
  try {
    storage?.setItem(KEY_PREFIX + id, stepKey(step));
  } catch {
    // Full or refused: the draft opens at its first step next time.
  }
}

export function forgetDraftStep(id: string, storage = pageStorage()): void {
  try {
    storage?.removeItem(KEY_PREFIX + id);
  } catch {
    // Nothing to forget where storage is refused.
  }
}

/** The index of the step the draft was left at, or null when none is known or it no longer exists. */
export function draftStepIndex(
  id: string,
  steps: readonly FlowStep[],
  storage = pageStorage(),
): number | null {
  let key: string | null;
  try {
    key = storage?.getItem(KEY_PREFIX + id) ?? null;
  } catch {
    return null;
  }
  if (key === null) return null;
  const index = steps.findIndex((step) => stepKey(step) === key);
  return index === -1 ? null : index;
}
