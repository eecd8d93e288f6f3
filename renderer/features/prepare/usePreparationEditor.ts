import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Preparation } from '../../../shared/domain/preparationSchema';
import { useJournal } from '../../db/JournalContext';
import {
  PreparationValidationError,
  StalePreparationError,
} from '../../db/repositories/preparationRepository';
import { errorText } from '../../../shared/app/errorText';
import { usePlatform } from '../../platform/PlatformContext';
import { useAutosave, type Autosave } from '../reflect/useAutosave';
import { autosaveMovesReminder, syncAfterConversationReminder } from './afterConversationReminderSync';
import {
  forgetUnsavedPreparation,
  keepUnsavedPreparation,
  takeUnsavedPreparation,
} from './preparationRescue';
import { errorsOf } from './preparationErrors';

/** Another window wrote this plan first; the form keeps what was typed here until the person chooses. */
export interface PreparationConflict {
  readonly stored: Preparation | undefined;
}

export interface PreparationEditor {
  readonly preparation: Preparation;
  readonly change: (patch: Partial<Preparation>) => void;
  readonly autosave: Autosave;
  readonly errors: Readonly<Record<string, string>>;
  readonly showErrors: (errors: Readonly<Record<string, string>>) => void;
  /** Whether the plan has been written to the journal yet (a new one is not, until something is typed). */
  readonly isInJournal: boolean;
  readonly conflict: PreparationConflict | null;
  /** Writes the text on screen over the other window's version. */
  readonly keepMine: () => void;
  /** Drops the text on screen for the stored version. */
  readonly takeStored: () => void;
  /** Said when an autosave kept the plan but could not move its reminder with it. */
  readonly reminderProblem: string | null;
  /** "Save preparation": flushes, then marks it ready; null when another window wrote first. */
  readonly markReady: () => Promise<Preparation | null>;
}

interface EditState {
  readonly preparation: Preparation;
  /** Counts changes that need writing; the autosave writes when it moves on. */
  readonly edits: number;
}

type EditAction =
  | { type: 'change'; patch: Partial<Preparation> }
  | { type: 'edit'; preparation: Preparation }
  | { type: 'rewrite' }
  | { type: 'replace'; preparation: Preparation };

function editReducer(state: EditState, action: EditAction): EditState {
  switch (action.type) {
    case 'change':
      return { preparation: { ...state.preparation, ...action.patch }, edits: state.edits + 1 };
    case 'edit':
      return { preparation: action.preparation, edits: state.edits + 1 };
    case 'rewrite':
      return { ...state, edits: state.edits + 1 };
    case 'replace':
      // The stored version is already written: nothing new to save.
      return { ...state, preparation: action.preparation };
  }
}

/**
 * A preparation being written, autosaved as it is typed: each write is made from the revision
 * this window last read or wrote, so another window's change is never written over unseen. When
 * that happens the text on screen stays exactly as typed and the person chooses which to keep.
 */
export function usePreparationEditor(initial: Preparation, initiallyInJournal: boolean): PreparationEditor {
  const { preparations, people } = useJournal();
  const platform = usePlatform();
  const [reminderProblem, setReminderProblem] = useState<string | null>(null);
  const [{ preparation, edits }, dispatch] = useReducer(editReducer, { preparation: initial, edits: 0 });
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [isInJournal, setIsInJournal] = useState(initiallyInJournal);
  const [conflict, setConflict] = useState<PreparationConflict | null>(null);
  const baseRevision = useRef(initial.revision);
  const latest = useRef(preparation);
  const isPaused = useRef(false);
  const lastSaved = useRef(initial);
  /** The plan as last stored, which its reminder was made from. */
  const lastStored = useRef<Preparation | undefined>(initiallyInJournal ? initial : undefined);

  useLayoutEffect(() => {
    latest.current = preparation;
  }, [preparation]);

  // Words kept when the page last went away before they were written.
  useEffect(() => {
    const rescue = takeUnsavedPreparation(initial.id);
    if (rescue === null) return;
    dispatch({ type: 'edit', preparation: { ...rescue.preparation, revision: initial.revision } });
    // Typed on an older copy: write it only once the person has seen the other version.
    if (rescue.baseRevision !== initial.revision) {
      isPaused.current = true;
      void preparations.get(initial.id).then((stored) => setConflict({ stored }));
    }
  }, [initial.id, initial.revision, preparations]);

  useEffect(() => {
    const keep = () => {
      if (latest.current === lastSaved.current) return;
      keepUnsavedPreparation({ baseRevision: baseRevision.current, preparation: latest.current });
    };
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  }, []);

  const save = useCallback(
    async (value: Preparation) => {
      if (isPaused.current) throw new Error('This plan was changed in another window: choose which to keep.');
      try {
        const saved = await preparations.saveDraft({ ...value, revision: baseRevision.current });
        baseRevision.current = saved.revision;
        lastSaved.current = value;
        forgetUnsavedPreparation(value.id);
        setIsInJournal(true);
        const before = lastStored.current;
        lastStored.current = saved;
        // A ready plan whose time changes by autosave moves its reminder now, not only on "Save
        // preparation". The plan is already written; a reminder that fails is said on its own.
        if (autosaveMovesReminder(before, saved)) {
          try {
            const names = await people.byIds(saved.personIds);
            const personNames = saved.personIds.flatMap((id) => names.get(id)?.name ?? []);
            await syncAfterConversationReminder(platform.reminders, saved, personNames, new Date());
            setReminderProblem(null);
          } catch (error) {
            setReminderProblem(`The plan is saved, but its reminder could not be moved: ${errorText(error)}`);
          }
        }
      } catch (error) {
        if (error instanceof StalePreparationError) {
          isPaused.current = true;
          setConflict({ stored: error.stored });
        }
        throw error;
      }
    },
    [preparations, people, platform],
  );
  const onError = useCallback((error: unknown) => {
    if (error instanceof PreparationValidationError) setErrors(errorsOf(error));
  }, []);
  const autosave = useAutosave({ value: preparation, revision: edits, save, onError });

  const change = useCallback((patch: Partial<Preparation>) => {
    dispatch({ type: 'change', patch });
    setErrors((current) => {
      const keys = Object.keys(patch);
      if (!keys.some((key) => Object.keys(current).some((path) => path.startsWith(key)))) return current;
      return Object.fromEntries(
        Object.entries(current).filter(([path]) => !keys.some((key) => path.startsWith(key))),
      );
    });
  }, []);

  const keepMine = useCallback(() => {
    if (conflict?.stored === undefined) {
      // Gone for good elsewhere: writing again starts it afresh, with every word from here.
      baseRevision.current = 0;
    } else {
      baseRevision.current = conflict.stored.revision;
    }
    isPaused.current = false;
    setConflict(null);
    dispatch({ type: 'rewrite' });
  }, [conflict]);

  const takeStored = useCallback(() => {
    const stored = conflict?.stored;
    if (stored === undefined) return;
    baseRevision.current = stored.revision;
    lastSaved.current = stored;
    lastStored.current = stored;
    isPaused.current = false;
    forgetUnsavedPreparation(stored.id);
    setConflict(null);
    dispatch({ type: 'replace', preparation: stored });
  }, [conflict]);

  const markReady = useCallback(async (): Promise<Preparation | null> => {
    await autosave.flush();
    if (isPaused.current) return null;
    const ready = await preparations.markReady({ ...latest.current, revision: baseRevision.current });
    baseRevision.current = ready.revision;
    lastStored.current = ready;
    lastSaved.current = latest.current;
    forgetUnsavedPreparation(ready.id);
    return ready;
  }, [autosave, preparations]);

  return useMemo(
    () => ({
      preparation,
      change,
      autosave,
      errors,
      showErrors: setErrors,
      isInJournal,
      conflict,
      keepMine,
      takeStored,
      reminderProblem,
      markReady,
    }),
    [
      preparation,
      change,
      autosave,
      errors,
      isInJournal,
      conflict,
      keepMine,
      takeStored,
      reminderProblem,
      markReady,
    ],
  );
}
