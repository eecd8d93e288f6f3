import { useMemo, useState } from 'react';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { hasRealEdits } from './editCopyChanges';
import type { FlowState } from './reflectionFlowState';

/**
 * Whether the edit copy of a saved reflection holds changes not saved yet. The copy is compared
 * with the reflection as loaded, or as stored after another window wrote it (the form then starts
 * again from that version, and a new generation begins).
 */
export function useEditCopyChanges(state: FlowState, initial: Reflection, isEditCopy: boolean): boolean {
  const [baseline, setBaseline] = useState({ reflection: initial, generation: state.generation });
  if (baseline.generation !== state.generation)
    setBaseline({ reflection: state.reflection, generation: state.generation });
  return useMemo(
    () => isEditCopy && hasRealEdits(state.reflection, baseline.reflection),
    [isEditCopy, state.reflection, baseline.reflection],
  );
}
