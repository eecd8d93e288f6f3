import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { builtInPrinciples, resolvePrinciples } from '../../../shared/domain/builtInPrinciples';
import type { ResolvedPrinciple } from '../../../shared/domain/principles';
import { useStorageStatus } from '../../app/storageStatus';
import { useJournal } from '../../db/JournalContext';
import type { StoredPrincipleSettings } from '../../db/repositories/principleSettingsRepository';
import { loadWriteSchemas } from '../../db/repositories/writeSchemas';
import { UnreadableDataError } from '../../db/storageErrors';

export interface Principles {
  /** False until the stored settings have been read once; until then only the built-ins are known. */
  readonly isReady: boolean;
  /** Every principle, hidden ones included: the built-ins, then the person's own in the order added. */
  readonly all: readonly ResolvedPrinciple[];
  /** The ones new reflections walk through. */
  readonly visible: readonly ResolvedPrinciple[];
  /** Why the stored settings are not in use (the built-ins are shown instead), or null. */
  readonly problem: string | null;
  /** The name to show for a principle id a reflection refers to, hidden or not. */
  readonly titleOf: (principleId: string) => string;
}

type LiveSettings = { readonly stored: StoredPrincipleSettings } | { readonly error: unknown };
type LiveValue = { readonly value: unknown } | { readonly error: unknown };

const PrinciplesContext = createContext<Principles | null>(null);

function principlesFrom(live: LiveSettings | undefined): Principles {
  const stored = live !== undefined && 'stored' in live ? live.stored : null;
  const all = resolvePrinciples(builtInPrinciples, stored?.settings ?? []);
  const titles = new Map(all.map(({ id, title }) => [id, title]));
  const isReady = live !== undefined;
  return {
    isReady,
    all,
    visible: all.filter(({ isHidden }) => !isHidden),
    problem: stored?.problem ?? null,
    // Before the first read a custom id is not known yet, which is not the same as removed.
    titleOf: (principleId) => titles.get(principleId) ?? (isReady ? 'Removed principle' : '…'),
  };
}

/**
 * One live read of the principle settings for the whole app, so a rename or a hidden
 * principle shows at once on every page, in every open window.
 */
export function PrinciplesProvider({ children }: { children: ReactNode }) {
  const { principleSettings } = useJournal();
  const { report } = useStorageStatus();
  // The stored value is read live and checked here: the live read cannot wait for the schemas
  // (a journal nobody customized needs none). Until they load, it is as if not read yet.
  const liveValue = useLiveQuery(async (): Promise<LiveValue> => {
    try {
      return { value: await principleSettings.storedValue() };
    } catch (error) {
      // The app keeps working with the built-ins; the banner says why.
      return { error };
    }
  }, [principleSettings]);
  const [schemas, setSchemas] = useState<'loading' | 'loaded' | { readonly error: unknown }>('loading');
  const live = useMemo((): LiveSettings | undefined => {
    if (liveValue === undefined || 'error' in liveValue) return liveValue;
    if (typeof schemas === 'object') return schemas;
    const stored = principleSettings.check(liveValue.value);
    return stored === null ? undefined : { stored };
  }, [liveValue, schemas, principleSettings]);
  const waitsForSchemas = liveValue !== undefined && 'value' in liveValue && live === undefined;
  useEffect(() => {
    if (!waitsForSchemas) return;
    let current = true;
    loadWriteSchemas().then(
      () => current && setSchemas('loaded'),
      (error: unknown) => current && setSchemas({ error }),
    );
    return () => {
      current = false;
    };
  }, [waitsForSchemas]);
  const principles = useMemo(() => principlesFrom(live), [live]);

  const failure = live !== undefined && 'error' in live ? live.error : null;
  useEffect(() => {
    if (failure !== null) report(failure);
  }, [failure, report]);
  useEffect(() => {
    if (principles.problem !== null) report(new UnreadableDataError(principles.problem));
  }, [principles.problem, report]);

  return <PrinciplesContext.Provider value={principles}>{children}</PrinciplesContext.Provider>;
}

/** The principles as the person has named, added and hidden them. */
export function usePrinciples(): Principles {
  const principles = useContext(PrinciplesContext);
  if (!principles) throw new Error('usePrinciples must be used inside <PrinciplesProvider>.');
  return principles;
}
