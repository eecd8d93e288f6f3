import { useEffect, useState } from 'react';
import { createDraftPreparation, type Preparation } from '../../../shared/domain/preparationSchema';
import { writesSettled } from '../../app/pendingWrites';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import { currentTimeZone } from '../reflect/useInitialReflection';

export type StoredPreparation =
  | { readonly status: 'loading' | 'missing' | 'failed' }
  | { readonly status: 'ready'; readonly preparation: Preparation; readonly isInJournal: boolean };

/**
 * Reads a stored preparation once, as the starting point for editing. With `startIfMissing`, an id
 * not stored yet (reloaded before the first autosave landed) starts a new plan under that id, so
 * the words kept in the page's storage come back to it.
 */
export function useStoredPreparation(id: string, startIfMissing: boolean): StoredPreparation {
  const { preparations } = useJournal();
  const { report } = useStorageStatus();
  const [loaded, setLoaded] = useState<StoredPreparation>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    const settle = (next: StoredPreparation) => {
      if (isCurrent) setLoaded(next);
    };
    // After any write still landing from an editor that just went (the same text, reopened).
    writesSettled()
      .then(() => preparations.get(id))
      .then(
        (preparation) => {
          if (preparation !== undefined) return settle({ status: 'ready', preparation, isInJournal: true });
          if (!startIfMissing) return settle({ status: 'missing' });
          try {
            const fresh = createDraftPreparation({ now: new Date(), timeZone: currentTimeZone(), id });
            settle({ status: 'ready', preparation: fresh, isInJournal: false });
          } catch {
            settle({ status: 'missing' });
          }
        },
        (error: unknown) => {
          report(error);
          settle({ status: 'failed' });
        },
      );
    return () => {
      isCurrent = false;
    };
  }, [preparations, report, id, startIfMissing]);
  return loaded;
}
