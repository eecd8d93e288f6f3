import { describe, expect, it } from 'vitest';
import { builtInPrinciples, resolvePrinciples } from '../../../../shared/domain/principles';
import {
  draftStepIndex,
  forgetDraftStep,
  keepDraftStep,
} from '../../../../renderer/features/reflect/draftStep';
import { buildSteps } from '../../../../renderer/features/reflect/reflectionFlowState';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('where a draft was left', () => {
  const all = resolvePrinciples(builtInPrinciples, []);
  const steps = buildSteps(all);
  const stepAt = (index: number) => {
    const step = steps[index];
    if (step === undefined) throw new Error(`No step ${index}`);
    return step;
  };

  it('finds the same step again by what it is, even when hiding a principle renumbers the steps', () => {
    const storage = memoryStorage();
    const partnerships = steps.findIndex((step) => step.title === 'Build partnerships');
    keepDraftStep('draft-1', stepAt(partnerships), storage);
    expect(draftStepIndex('draft-1', steps, storage)).toBe(partnerships);
    const fewer = buildSteps(all.filter(({ id }) => id !== all[0]?.id));
    expect(fewer[draftStepIndex('draft-1', fewer, storage) ?? -1]?.title).toBe('Build partnerships');
  });

  it('knows nothing of a draft it never kept, or once forgotten', () => {
    const storage = memoryStorage();
    expect(draftStepIndex('draft-2', steps, storage)).toBeNull();
    keepDraftStep('draft-2', stepAt(2), storage);
    forgetDraftStep('draft-2', storage);
    expect(draftStepIndex('draft-2', steps, storage)).toBeNull();
  });
});
