import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Reflection } from '../../../shared/domain/reflectionSchema';
import { useJournal } from '../../db/JournalContext';
import { StaleReflectionError } from '../../db/repositories/reflectionRepository';
import type { FlowAction, FlowState } from './reflectionFlowState';
import { fitTextsToLimit, formatWrittenTexts, writtenTexts, type WrittenText } from './reflectionTexts';
import { forgetUnsaved, keepUnsaved, takeUnsaved } from './unsavedRescue';
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
  keepsEditCopy = false,
}: {
  state: FlowState;
  dispatch: Dispatch<FlowAction>;
  principleTitle: (principleId: string) => string;
  onError: (error: unknown) => void;
  /**
   * Editing a saved reflection works on a copy: changes are kept in the page's own storage
   * (see unsavedRescue.ts), never in the journal, until `complete` writes them ("Save changes").
   */
  keepsEditCopy?: boolean;
}): {
  autosave: Autosave;
  conflict: SaveConflict | null;
  dismissConflict: () => void;
  /** Texts the last autosave had to cut to fit. */
  cut: readonly WrittenText[];
  /** "Save reflection"'s write; null when another window had changed it (see `conflict`). */
  complete: (reflection: Reflection) => Promise<Reflection | null>;
  /** An edit copy from before (a reload, a crash) was put back on screen. */
  restoredEditCopy: boolean;
  /** "Cancel" or leaving without saving: the edit copy is dropped, and nothing pending keeps it again. */
  discardEditCopy: () => void;
} {
  const { reflections, preparations } = useJournal();
  const baseRevision = useRef(state.reflection.revision);
  const generation = useRef(state.generation);
  const latest = useRef(state.reflection);
  const isStopped = useRef(false);
  const [conflict, setConflict] = useState<SaveConflict | null>(null);
  const [cut, setCut] = useState<readonly WrittenText[]>([]);
  const [restoredEditCopy, setRestoredEditCopy] = useState(false);
  const isCopy = useRef(keepsEditCopy);

  // The reflection as last written, and whether the form is part of the journal yet.
  const lastSaved = useRef(state.reflection);
  const isInJournal = useRef(state.isInJournal);

  // As the change commits, so a page hidden right after a keystroke keeps that keystroke.
  useLayoutEffect(() => {
    latest.current = state.reflection;
    generation.current = state.generation;
    isInJournal.current = state.isInJournal;
  }, [state.reflection, state.generation, state.isInJournal]);

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
      // The copy's words are in the conflict notice now; the form starts again from what is stored.
      if (isCopy.current) forgetUnsaved(stored.id);
      dispatch({ type: 'replace', reflection: stored });
    },
    [dispatch, principleTitle],
  );

  // Words kept when the page last went away before they were written (see unsavedRescue.ts).
  const initialId = useRef(state.reflection.id);
  const initialRevision = useRef(state.reflection.revision);
  useEffect(() => {
    const rescue = takeUnsaved(initialId.current);
    if (rescue === null) return;
    if (rescue.baseRevision === initialRevision.current) {
      dispatch({
        type: 'restoreUnsaved',
        reflection: { ...rescue.reflection, revision: initialRevision.current },
      });
      if (isCopy.current) setRestoredEditCopy(true);
    } else {
      // Written elsewhere since: the stored version stays, the kept words are offered to copy.
      const unsavedText = formatWrittenTexts(writtenTexts(rescue.reflection, principleTitle, latest.current));
      if (unsavedText !== '')
        setConflict({ storedIsGone: false, isInTrash: latest.current.deletedAt !== null, unsavedText });
    }
  }, [dispatch, principleTitle]);

  useEffect(() => {
    const keep = () => {
      if (isStopped.current || !isInJournal.current || latest.current === lastSaved.current) return;
      keepUnsaved({ baseRevision: baseRevision.current, reflection: latest.current });
    };
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  }, []);

  const save = useCallback(
    async ({ reflection, generation: madeIn }: Pending) => {
      // Made before the form took the stored version: its text is in the conflict box already.
      if (isStopped.current || madeIn !== generation.current) return;
      if (isCopy.current) {
        // Nothing reaches the journal before "Save changes": the copy waits in the page's storage.
        keepUnsaved({ baseRevision: baseRevision.current, reflection });
        lastSaved.current = reflection;
        return;
      }
      const { fitted, over } = fitTextsToLimit(reflection, principleTitle);
      try {
        const saved = await reflections.saveDraft({ ...fitted, revision: baseRevision.current });
        baseRevision.current = saved.revision;
        lastSaved.current = reflection;
        forgetUnsaved(reflection.id);
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
        // A reflection on a plan links both records in the same transaction as it is saved.
        const saved = await preparations.completeLinkedReflection({
          ...reflection,
          revision: baseRevision.current,
        });
        baseRevision.current = saved.revision;
        forgetUnsaved(saved.id);
        return saved;
      } catch (error) {
        if (error instanceof StaleReflectionError) {
          takeStored(error);
          return null;
        }
        throw error;
      }
    },
    [autosave, preparations, takeStored],
  );

  const dismissConflict = useCallback(() => setConflict(null), []);
  const discardEditCopy = useCallback(() => {
    isStopped.current = true;
    forgetUnsaved(latest.current.id);
  }, []);
  return { autosave, conflict, dismissConflict, cut, complete, restoredEditCopy, discardEditCopy };
}
