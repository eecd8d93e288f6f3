import { useEffect, useState } from 'react';
import { deviceTimeZone } from '../../../shared/domain/localDateTime';
import { createDraftReflection, type Reflection } from '../../../shared/domain/reflectionSchema';
import { writesSettled } from '../../app/pendingWrites';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';

export type InitialReflection =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'failed' }
  | { readonly status: 'ready'; readonly reflection: Reflection; readonly isInJournal: boolean };

/** Validated: a runtime reporting an offset or nothing gives UTC rather than a draft that cannot be made. */
export function currentTimeZone(): string {
  return deviceTimeZone();
}

/**
 * Reads a stored reflection once, as the starting point for editing; the editor owns it
 * from then on. With `startIfMissing`, an id that is not stored yet (the page was reloaded
 * before the first autosave landed) starts a new draft under that id instead of failing.
 */
export function useInitialReflection(
  id: string,
  { startIfMissing }: { startIfMissing: boolean },
): InitialReflection {
  const { reflections } = useJournal();
  const { report } = useStorageStatus();
  const [loaded, setLoaded] = useState<InitialReflection>({ status: 'loading' });

  useEffect(() => {
    let isCurrent = true;
    const settle = (next: InitialReflection) => {
      if (isCurrent) setLoaded(next);
    };
    // After any write still landing from an editor that just went (the same text, reopened).
    writesSettled()
      .then(() => reflections.get(id))
      .then(
        (reflection) => {
          if (reflection !== undefined) return settle({ status: 'ready', reflection, isInJournal: true });
          if (!startIfMissing) return settle({ status: 'missing' });
          try {
            const fresh = createDraftReflection({ now: new Date(), timeZone: currentTimeZone(), id });
            settle({ status: 'ready', reflection: fresh, isInJournal: false });
          } catch {
            // Not a valid reflection id: nothing to reopen.
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
  }, [reflections, report, id, startIfMissing]);

  return loaded;
}
