import { useCallback, useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { useJournal } from '../../db/JournalContext';
import { StaleReflectionError } from '../../db/repositories/reflectionRepository';
import type { FlowAction, FlowState } from './reflectionFlowState';
import { fitTextsToLimit, formatWrittenTexts, writtenTexts, type WrittenText } from './reflectionTexts';
import { useAutosave, type Autosave } from './useAutosave';

/** Another window wrote this reflection first: what the person is shown, and what they had written. */
export interface SaveConflict {
  readonly storedIsGone: boolean;
  readonly isInTrash: boolean;
  /** The texts written here that the stored version does not have, ready to copy. */
  readonly unsavedText: string;
}

interface Pending {
  readonly reflection: Reflection;
  readonly generation: number;
}

/**
 * The editor's writes, each made from the revision this window last read or wrote (compare and
 * set in the repository). Autosave stores what fits the text limit and says which texts did not
 * fit. When another window wrote first, the form takes the stored version, and what was typed
 * here is kept in `conflict` for the person to copy back, never silently written over either.
 */
export function useDraftSaving({
  state,
  dispatch,
  principleTitle,
  onError,
}: {
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  principleTitle: (principleId: string) => string;
  onError: (error: unknown) => void;
}): {
  autosave: Autosave;
  conflict: SaveConflict | null;
  dismissConflict: () => void;
  /** Texts the last autosave had to cut to fit. */
  cut: readonly WrittenText[];
  /** "Save reflection"'s write; null when another window had changed it (see `conflict`). */
  complete: (reflection: Reflection) => Promise<Reflection | null>;
} {
  const { reflections } = useJournal();
  const baseRevision = useRef(state.reflection.revision);
  const generation = useRef(state.generation);
  const latest = useRef(state.reflection);
  const isStopped = useRef(false);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [cut, setCut] = useState<readonly WrittenText[]>([]);

  useEffect(() => {
    latest.current = state.reflection;
    generation.current = state.generation;
  }, [state.reflection, state.generation]);

  const takeStored = useCallback(
    (error: StaleReflectionError) => {
      const { stored } = error;
      setConflict({
        storedIsGone: stored === undefined,
        isInTrash: stored !== undefined && stored.deletedAt !== null,
        unsavedText: formatWrittenTexts(writtenTexts(latest.current, principleTitle, stored)),
      });
      if (stored === undefined) {
        // Deleted for good elsewhere: writing would bring it back, so this window stops writing.
        isStopped.current = true;
        return;
      }
      baseRevision.current = stored.revision;
      generation.current += 1;
      dispatch({ type: 'replace', reflection: stored });
    },
    [dispatch, principleTitle],
  );

  const save = useCallback(
    async ({ reflection, generation: madeIn }: Pending) => {
      // Made before the form took the stored version: its text is in the conflict box already.
      if (isStopped.current || madeIn !== generation.current) return;
      const { fitted, over } = fitTextsToLimit(reflection, principleTitle);
      try {
        const saved = await reflections.saveDraft({ ...fitted, revision: baseRevision.current });
        baseRevision.current = saved.revision;
        // Most saves cut nothing: keeping the same empty list spares a render.
        setCut((current) => (current.length === 0 && over.length === 0 ? current : over));
      } catch (error) {
        if (error instanceof StaleReflectionError) takeStored(error);
        else throw error;
      }
    },
    [reflections, principleTitle, takeStored],
  );

  const value = useMemo(
    () => ({ reflection: state.reflection, generation: state.generation }),
    [state.reflection, state.generation],
  );
  const autosave = useAutosave({ value, revision: state.revision, save, onError });

  const complete = useCallback(
    async (reflection: Reflection): Promise<Reflection | null> => {
      const startedIn = generation.current;
      // Pending autosaves land first, so none of them can overwrite the completed reflection afterwards.
      await autosave.flush();
      if (isStopped.current || generation.current !== startedIn) return null;
      try {
        const saved = await reflections.complete({ ...reflection, revision: baseRevision.current });
        baseRevision.current = saved.revision;
        return saved;
      } catch (error) {
        if (error instanceof StaleReflectionError) {
          takeStored(error);
          return null;
        }
        throw error;
      }
    },
    [autosave, reflections, takeStored],
  );

  const dismissConflict = useCallback(() => setConflict(null), []);
  return { autosave, conflict, dismissConflict, cut, complete };
}
